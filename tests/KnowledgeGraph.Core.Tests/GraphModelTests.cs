using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Core.Tests;

public class GraphModelTests
{
    [Fact]
    public void Build_SameDocumentTwice_MergesWithoutDuplicates()
    {
        var doc = new DocumentExtraction("a.txt", "k1", "t", "en",
            [new("Company", "nvidia", "Nvidia", null, ["Nvidia"]), new("Company", "openai", "OpenAI", null, ["OpenAI"])],
            [new(RelTypes.InvestsIn, "nvidia", "openai", 1e9, "$1bn", "announced", null, "Nvidia invests $1bn in OpenAI.")],
            []);

        var graph = GraphModel.Build([doc, doc]);

        var rel = Assert.Single(graph.RelationshipsOfType(RelTypes.InvestsIn));
        Assert.Equal(["k1"], rel.Sources);
        Assert.Single(rel.Evidence);
        Assert.Equal(3, graph.Nodes.Count());
    }

    [Fact]
    public void Build_SymmetricRelationInBothDirections_StoredOnce()
    {
        var doc = new DocumentExtraction("a.txt", "k1", "t", "en",
            [new("Company", "b", "B", null, ["B"]), new("Company", "a", "A", null, ["A"])],
            [new(RelTypes.PartnersWith, "b", "a", null, null, null, null, "B and A partner."),
             new(RelTypes.PartnersWith, "a", "b", null, null, null, null, "A and B partner.")],
            []);

        var rel = Assert.Single(GraphModel.Build([doc]).RelationshipsOfType(RelTypes.PartnersWith));
        Assert.Equal(("a", "b"), (rel.FromKey, rel.ToKey));
        Assert.Equal(2, rel.Evidence.Count);
    }
}
