using KnowledgeGraph.Export;

namespace KnowledgeGraph.Core.Tests.Export;

public sealed class CypherScriptTests
{
    [Fact]
    public void Render_StartsWithTheFourUniqueConstraints_InNeo4j5Syntax()
    {
        var lines = CypherScript.Render(ExportFixture.Graph()).Split('\n');

        var constraints = lines.Where(l => l.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "CREATE CONSTRAINT company_key IF NOT EXISTS FOR (n:Company) REQUIRE n.key IS UNIQUE;",
                "CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;",
                "CREATE CONSTRAINT deal_key IF NOT EXISTS FOR (n:Deal) REQUIRE n.key IS UNIQUE;",
                "CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;",
            ],
            constraints);
        var firstMerge = Array.FindIndex(lines, l => l.StartsWith("MERGE", StringComparison.Ordinal));
        Assert.True(Array.FindLastIndex(lines, l => l.StartsWith("CREATE", StringComparison.Ordinal)) < firstMerge);
    }

    [Fact]
    public void Render_MergesEveryNodeAndRelationshipOnce_WithLiteralValues()
    {
        var graph = ExportFixture.Graph();
        var script = CypherScript.Render(graph);
        var statements = script.Split('\n').Where(l => l.StartsWith("MERGE", StringComparison.Ordinal) || l.StartsWith("MATCH", StringComparison.Ordinal)).ToList();

        Assert.Equal(graph.Nodes.Count() + graph.Relationships.Count(), statements.Count);
        Assert.Contains(
            "MERGE (n:Company {key: 'nvidia'}) SET n += {aliases: ['Nvidia', 'إنفيديا'], name: 'Nvidia', nameAr: 'إنفيديا', sources: ['doc1']};",
            statements);
        Assert.Contains(
            "MATCH (a:Company {key: 'nvidia'}) MATCH (b:Company {key: 'openai'}) MERGE (a)-[r:INVESTS_IN]->(b) SET r += " +
            "{amountText: '$100 billion', amountUsd: 100000000000, evidence: ['Nvidia\\'s \"big\" bet: a\\\\b\\nnext line'], sources: ['doc1'], status: 'stalled'};",
            statements);
        Assert.Contains(
            "MATCH (a:Person {key: 'jensen-huang'}) MATCH (b:Company {key: 'nvidia'}) MERGE (a)-[r:WORKS_FOR]->(b) SET r += " +
            "{evidence: ['Jensen Huang, Nvidia\\'s chief executive.'], role: 'CEO', sources: ['doc1']};",
            statements);
        Assert.All(statements, s => Assert.EndsWith(";", s, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("tab\there", @"'tab\there'")]
    [InlineData("bell\u0007", @"'bell\u0007'")]
    [InlineData("// not a comment */", "'// not a comment */'")]
    public void Literal_EscapesStrings(string value, string expected) => Assert.Equal(expected, CypherScript.Literal(value));

    [Fact]
    public void Literal_Numbers_AreCypherNumbers()
    {
        Assert.Equal("6600000000", CypherScript.Literal(6.6e9));
        Assert.Equal("0.5", CypherScript.Literal(0.5));
        Assert.Equal("1E+21".Replace("+", "", StringComparison.Ordinal), CypherScript.Literal(1e21));
        Assert.Equal("null", CypherScript.Literal(double.NaN));
    }

    [Fact]
    public void Render_SameGraph_SameText() =>
        Assert.Equal(CypherScript.Render(ExportFixture.Graph()), CypherScript.Render(ExportFixture.Graph()));
}
