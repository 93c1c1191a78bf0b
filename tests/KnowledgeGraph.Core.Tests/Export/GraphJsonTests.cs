using System.Text.Json.Nodes;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Core.Tests.Export;

public sealed class GraphJsonTests
{
    [Fact]
    public void Render_NodesAndRelationships_WithContractProperties()
    {
        var json = JsonNode.Parse(GraphJson.Render(ExportFixture.Graph()))!;

        var nodes = json["nodes"]!.AsArray();
        Assert.Equal(["Company", "Company", "Person", "Deal", "Document"], nodes.Select(n => (string)n!["label"]!));
        var nvidia = nodes.Single(n => (string)n!["key"]! == "nvidia")!["properties"]!;
        Assert.Equal("Nvidia", (string)nvidia["name"]!);
        Assert.Equal(["Nvidia", "إنفيديا"], nvidia["aliases"]!.AsArray().Select(a => (string)a!));
        var document = nodes.Single(n => (string)n!["label"]! == "Document")!["properties"]!;
        Assert.Equal("samples/a.txt", (string)document["path"]!);
        Assert.Equal("2026-03-01T12:00:00.0000000+00:00", (string)document["ingestedAt"]!);

        var invests = json["relationships"]!.AsArray().Single(r => (string)r!["type"]! == "INVESTS_IN")!;
        Assert.Equal(("nvidia", "Company", "openai", "Company"), ((string)invests["from"]!, (string)invests["fromLabel"]!, (string)invests["to"]!, (string)invests["toLabel"]!));
        Assert.Equal(1e11, (double)invests["properties"]!["amountUsd"]!);
        Assert.Equal("stalled", (string)invests["properties"]!["status"]!);
        Assert.Equal(["doc1"], invests["properties"]!["sources"]!.AsArray().Select(s => (string)s!));
    }
}
