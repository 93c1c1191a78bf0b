using KnowledgeGraph.Cycles;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using static KnowledgeGraph.Core.Tests.Cycles.LoopGraphs;

namespace KnowledgeGraph.Core.Tests.Cycles;

public class LoopFormatterTests
{
    private const string InvestSentence = "وقالت إنفيديا إنها ستستثمر ما يصل إلى 100 مليار دولار في OpenAI.";
    private const string BuySentence = "OpenAI تشتري رقائق إنفيديا لمراكز بياناتها.";

    [Fact]
    public void Format_Loop_ChainWeakestLinkFirstThenEvidenceWithDocumentPaths()
    {
        var graph = ArabicGraph();

        var text = LoopFormatter.Format(CycleFinder.Find(graph, new CycleQuery()), graph);

        Assert.Equal(
            "1 circular-financing loop, most money first.\n" +
            "\n" +
            "Loop 1: Nvidia -> OpenAI -> Nvidia (2 edges, $100bn goes round) [TENTATIVE: rests on talks or stalled deals]\n" +
            "  Weakest link: Nvidia -[INVESTS_IN $100bn, stalled]-> OpenAI (only stalled)\n" +
            "  Chain: Nvidia -[INVESTS_IN $100bn, stalled]-> OpenAI -[BUYS_FROM, reported]-> Nvidia\n" +
            "  Nvidia -[INVESTS_IN $100bn, stalled]-> OpenAI\n" +
            $"    > {InvestSentence}\n" +
            "    from: corpus/seeds/001.txt; corpus/seeds/002.txt\n" +
            "  OpenAI -[BUYS_FROM, reported]-> Nvidia\n" +
            $"    > {BuySentence}\n" +
            "    from: corpus/seeds/001.txt\n",
            text);
    }

    [Fact]
    public void Format_DocumentPathsByKey_UnknownKeysPrintAsKeys()
    {
        var graph = ArabicGraph();
        var loops = CycleFinder.Find(graph, new CycleQuery());

        var text = LoopFormatter.Format(loops, new Dictionary<string, string> { ["k1"] = "a/one.txt" });

        Assert.Contains("    from: a/one.txt; k2\n", text);
        Assert.Contains(InvestSentence, text);
    }

    [Fact]
    public void Format_NoLoops_SaysSo()
    {
        Assert.Equal("No circular-financing loops found.\n", LoopFormatter.Format([], new Dictionary<string, string>()));
    }

    [Fact]
    public void WeakestLink_TentativeEdgeBeforeSmallerFirmAmount()
    {
        var loop = Assert.Single(CycleFinder.Find(Build(I("a", "b", 50e9, "talks"), B("b", "c", 1e9, "completed"), B("c", "a", 80e9, "stalled")), new CycleQuery()));

        var weakest = LoopFormatter.WeakestLink(loop);

        Assert.Equal(("a", "b"), (weakest.FromKey, weakest.ToKey));
        Assert.True(loop.IsTentative);
    }

    [Fact]
    public void WeakestLink_FirmLoop_SmallestStatedAmount()
    {
        var loop = Assert.Single(CycleFinder.Find(Build(I("a", "b", 50e9, "announced"), B("b", "c"), B("c", "a", 8e9, "completed")), new CycleQuery()));

        Assert.Equal(("c", "a"), (LoopFormatter.WeakestLink(loop).FromKey, LoopFormatter.WeakestLink(loop).ToKey));
        Assert.Contains("  Weakest link: C -[BUYS_FROM $8bn, completed]-> A (smallest stated amount)\n",
            LoopFormatter.Format([loop], new Dictionary<string, string>()));
        Assert.DoesNotContain("TENTATIVE", LoopFormatter.Format([loop], new Dictionary<string, string>()));
    }

    [Theory]
    [InlineData(100e9, "$100bn")]
    [InlineData(1.5e9, "$1.5bn")]
    [InlineData(38e9, "$38bn")]
    [InlineData(250e6, "$250m")]
    [InlineData(1.4e12, "$1.4tn")]
    [InlineData(12_500, "$12.5k")]
    [InlineData(900, "$900")]
    public void FormatAmount_ReadableUnits(double amount, string expected)
    {
        Assert.Equal(expected, LoopFormatter.FormatAmount(amount));
    }

    private static GraphModel ArabicGraph()
    {
        var nvidia = new ExtractedEntity(NodeLabels.Company, "nvidia", "Nvidia", "إنفيديا", ["إنفيديا"]);
        var openAi = new ExtractedEntity(NodeLabels.Company, "openai", "OpenAI", null, ["OpenAI"]);
        var first = new DocumentExtraction("corpus/seeds/001.txt", "k1", "t1", "ar", [nvidia, openAi],
            [new(RelTypes.InvestsIn, "nvidia", "openai", 100e9, "100 مليار دولار", DealStatuses.Stalled, null, InvestSentence),
             new(RelTypes.BuysFrom, "openai", "nvidia", null, null, DealStatuses.Reported, null, BuySentence)], []);
        var second = new DocumentExtraction("corpus/seeds/002.txt", "k2", "t2", "ar", [nvidia, openAi],
            [new(RelTypes.InvestsIn, "nvidia", "openai", null, null, null, null, InvestSentence)], []);
        return GraphModel.Build([first, second]);
    }
}
