using KnowledgeGraph.Documents;
using KnowledgeGraph.Export;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Worker.Tests.Support;

namespace KnowledgeGraph.Worker.Tests.Loading;

/// <summary>The embedded default's graph.cypher: valid Neo4j 5 Cypher, and loading it twice gives the graph once.</summary>
[Collection(WorkerNeo4jCollection.Name)]
public sealed class GraphCypherTests(WorkerNeo4jServer server)
{
    private static readonly Lazy<GraphModel> SamplesGraph = new(() =>
    {
        var reader = new DocumentReader();
        var engine = ExtractionEngine.CreateDefault();
        return GraphModel.Build(DocumentReader.Expand([Repo.Samples]).Select(f => engine.Extract(reader.Read(f))));
    });

    private static List<string> Statements() =>
        [.. CypherScript.Render(SamplesGraph.Value).Split('\n').Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal))];

    [Fact]
    public async Task Script_OfTheSamples_PassesTheCypher5Linter()
    {
        // Every statement shape once (constraints, each label, each relationship between each pair of labels):
        // the linter takes a few hundred milliseconds a statement.
        var shapes = Statements()
            .GroupBy(s => s.StartsWith("CREATE", StringComparison.Ordinal) ? s : Shape(s))
            .Select(g => (Name: g.Key, Cypher: g.First()))
            .ToList();
        Assert.InRange(shapes.Count, 10, 60);

        var problems = await CypherLint.ProblemsAsync(shapes);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Script_LoadedTwice_GivesEachNodeAndRelationshipOnce()
    {
        var graph = SamplesGraph.Value;
        // The test server is Neo4j 3.1: the constraints use 5.x syntax (checked by the linter), the MERGEs run as they are.
        var statements = Statements().Where(s => !s.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)).Select(s => new Neo4jStatement(s)).ToList();
        await server.WipeAsync();

        await server.Client.RunInTransactionAsync(statements);
        var nodes = await server.CountAsync("MATCH (n) RETURN count(n)");
        var relationships = await server.CountAsync("MATCH ()-[r]->() RETURN count(r)");
        var properties = await server.CountAsync("MATCH (n) RETURN sum(size(keys(n)))");
        await server.Client.RunInTransactionAsync(statements);

        Assert.Equal(graph.Nodes.Count(), nodes);
        Assert.Equal(graph.Relationships.Count(), relationships);
        Assert.Equal(nodes, await server.CountAsync("MATCH (n) RETURN count(n)"));
        Assert.Equal(relationships, await server.CountAsync("MATCH ()-[r]->() RETURN count(r)"));
        Assert.Equal(properties, await server.CountAsync("MATCH (n) RETURN sum(size(keys(n)))"));
        Assert.Equal(100_000_000_000, await server.CountAsync(
            "MATCH (:Company {key: 'nvidia'})-[r:INVESTS_IN]->(:Company {key: 'openai'}) RETURN toInteger(r.amountUsd)"));
    }

    // "MERGE (n:Company {key: ...}) SET ..." → "MERGE Company"; "MATCH (a:Person ...) ... [r:WORKS_FOR] ..." → "Person WORKS_FOR Company".
    private static string Shape(string statement)
    {
        var labels = System.Text.RegularExpressions.Regex.Matches(statement, @"\((?:n|a|b):(\w+) ").Select(m => m.Groups[1].Value);
        var type = System.Text.RegularExpressions.Regex.Match(statement, @"\[r:(\w+)\]").Groups[1].Value;
        return string.Join(" ", labels.Prepend(statement[..5]).Append(type));
    }
}
