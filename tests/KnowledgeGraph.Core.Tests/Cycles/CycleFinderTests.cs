using KnowledgeGraph.Cycles;
using static KnowledgeGraph.Core.Tests.Cycles.LoopGraphs;

namespace KnowledgeGraph.Core.Tests.Cycles;

public class CycleFinderTests
{
    private static readonly CycleQuery Default = new();

    [Fact]
    public void Find_FourCompanyLoop_FoundOnceWithItsEdges()
    {
        var graph = Build(I("alpha", "beta", 5e9, "announced"), B("beta", "gamma", 2e9, "completed"),
            B("gamma", "delta"), I("delta", "alpha", 1e9, "announced"), I("delta", "omega"), P("alpha", "gamma"));

        var loop = Assert.Single(CycleFinder.Find(graph, Default));

        Assert.Equal("alpha -I-> beta -B-> gamma -B-> delta -I-> alpha", Describe(loop));
        Assert.Equal(1e9, loop.MoneyAround);
        Assert.False(loop.IsTentative);
        Assert.Equal(["Alpha INVESTS_IN Beta."], loop.Edges[0].Evidence);
        Assert.Equal(["doc-key"], loop.Edges[0].Sources);
        Assert.Equal(("Alpha", "Beta"), (loop.Edges[0].FromName, loop.Edges[0].ToName));
    }

    [Fact]
    public void Find_LoopEnteredFromAnyCompany_ReportedOnceFromSmallestKey()
    {
        var graph = Build(B("delta", "beta"), I("beta", "alpha"), B("alpha", "charlie"), I("charlie", "delta"));

        var loops = CycleFinder.Find(graph, Default);

        Assert.Equal(["alpha -B-> charlie -I-> delta -B-> beta -I-> alpha"], Describe(loops));
    }

    [Fact]
    public void Find_TwoLoopsSharingAnEdge_BothFound()
    {
        var graph = Build(I("nvidia", "openai", 100e9), B("openai", "nvidia", 20e9), B("openai", "oracle", 300e9),
            I("oracle", "nvidia", 40e9));

        var loops = CycleFinder.Find(graph, Default);

        Assert.Equal(["nvidia -I-> openai -B-> oracle -I-> nvidia", "nvidia -I-> openai -B-> nvidia"], Describe(loops));
        Assert.Equal(loops[0].Edges[0], loops[1].Edges[0]);
    }

    [Fact]
    public void Find_LoopWithoutBuysFrom_NotACircularFinancingLoop()
    {
        var graph = Build(I("a", "b", 1e9), I("b", "c", 1e9), I("c", "a", 1e9), B("x", "y"), B("y", "x"), P("a", "x"));

        Assert.Empty(CycleFinder.Find(graph, Default));
    }

    [Fact]
    public void Find_ParallelEdgesOfBothTypes_EachQualifyingChoiceIsALoop()
    {
        var graph = Build(I("a", "b", 3e9), B("a", "b", 1e9), I("b", "a"), B("b", "a", 2e9));

        var loops = CycleFinder.Find(graph, Default);

        // a-I->b-I->a and a-B->b-B->a lack one of the two types.
        Assert.Equal(["a -I-> b -B-> a", "a -B-> b -I-> a"], Describe(loops));
        Assert.Equal([2e9, 1e9], loops.Select(l => l.MoneyAround));
    }

    [Fact]
    public void Find_MaxLength_BoundsTheLoopsFound()
    {
        var graph = Build(I("a", "b"), B("b", "c"), B("c", "d"), B("d", "a"), I("c", "a"), B("a", "c"));

        Assert.Equal(["a -B-> c -I-> a", "a -I-> b -B-> c -I-> a", "a -I-> b -B-> c -B-> d -B-> a"],
            Describe(CycleFinder.Find(graph, Default)));
        Assert.Equal(["a -B-> c -I-> a", "a -I-> b -B-> c -I-> a"], Describe(CycleFinder.Find(graph, new CycleQuery(MaxLength: 3))));
        Assert.Equal(["a -B-> c -I-> a"], Describe(CycleFinder.Find(graph, new CycleQuery(MaxLength: 2))));
    }

    [Fact]
    public void Find_MaxLengthBelowTwo_Rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CycleFinder.Find(Build(I("a", "b")), new CycleQuery(MaxLength: 1)));
    }

    [Fact]
    public void Find_MinAmount_KeepsLoopsWhoseSmallestStatedAmountReachesIt()
    {
        var graph = Build(I("a", "b", 10e9), B("b", "a", 5e9), I("c", "d", 50e9), B("d", "c"), I("e", "f"), B("f", "e"));

        Assert.Equal(["c -I-> d -B-> c", "a -I-> b -B-> a", "e -I-> f -B-> e"], Describe(CycleFinder.Find(graph, Default)));
        Assert.Equal(["c -I-> d -B-> c", "a -I-> b -B-> a"], Describe(CycleFinder.Find(graph, new CycleQuery(MinAmountUsd: 5e9))));
        Assert.Equal(["c -I-> d -B-> c"], Describe(CycleFinder.Find(graph, new CycleQuery(MinAmountUsd: 6e9))));
    }

    [Theory]
    [InlineData("nvidia")]
    [InlineData("NVIDIA")]
    [InlineData("Nvidia")]
    [InlineData(" nvidia ")]
    public void Find_Company_KeepsLoopsThroughIt(string company)
    {
        var graph = Build(I("nvidia", "openai", 100e9), B("openai", "nvidia"), I("amazon", "openai", 50e9), B("openai", "amazon", 38e9));

        var loops = CycleFinder.Find(graph, new CycleQuery(Company: company));

        Assert.Equal(["nvidia -I-> openai -B-> nvidia"], Describe(loops));
    }

    [Fact]
    public void Find_CompanyByArabicAlias_KeepsLoopsThroughIt()
    {
        var graph = GraphWithArabicAliases();

        var loops = CycleFinder.Find(graph, new CycleQuery(Company: "أمازون"));

        Assert.Equal(["amazon -I-> openai -B-> amazon"], Describe(loops));
    }

    [Fact]
    public void Find_Ranking_MoneyDescendingThenUnstatedThenLengthThenKeys()
    {
        var graph = Build(
            I("k", "l"), B("l", "k"),                                   // no amount, length 2
            I("m", "n"), B("n", "o"), B("o", "m"),                      // no amount, length 3
            I("a", "b", 1e9), B("b", "a", 7e9),                         // 1bn
            I("c", "d", 9e9), B("d", "e", 8e9), B("e", "c"),            // 8bn, length 3
            I("f", "g", 8e9), B("g", "f"),                              // 8bn, length 2
            I("h", "j", 8e9), B("j", "h", 20e9));                       // 8bn, length 2, after f by key

        Assert.Equal([
            "f -I-> g -B-> f", "h -I-> j -B-> h", "c -I-> d -B-> e -B-> c", "a -I-> b -B-> a",
            "k -I-> l -B-> k", "m -I-> n -B-> o -B-> m"], Describe(CycleFinder.Find(graph, Default)));
    }

    [Fact]
    public void Find_TalksOrStalledEdge_LoopMarkedTentative()
    {
        var graph = Build(I("a", "b", 1e9, "stalled"), B("b", "a", 1e9, "reported"), I("c", "d", 1e9, "talks"), B("d", "c"),
            I("e", "f", 1e9, "completed"), B("f", "e", null, "announced"));

        var tentative = CycleFinder.Find(graph, Default).ToDictionary(Describe, l => l.IsTentative);

        Assert.Equal(new Dictionary<string, bool>
        {
            ["a -I-> b -B-> a"] = true, ["c -I-> d -B-> c"] = true, ["e -I-> f -B-> e"] = false,
        }, tentative);
    }

    [Theory]
    [InlineData(1, 10, 30, 6)]
    [InlineData(2, 14, 40, 6)]
    [InlineData(3, 20, 50, 4)]
    [InlineData(4, 8, 40, 8)]
    [InlineData(5, 30, 70, 5)]
    [InlineData(6, 12, 70, 7)]
    [InlineData(7, 200, 500, 6)]
    public void Find_RandomGraphs_SameLoopsAsExhaustivePathSearch(int seed, int companies, int edges, int maxLength)
    {
        var graph = RandomGraphs.Sparse(seed, companies, edges);

        var found = Describe(CycleFinder.Find(graph, new CycleQuery(MaxLength: maxLength)));

        var expected = ExhaustiveLoops.Find(graph, maxLength);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.Equal(found.Count, found.Distinct().Count());
    }

    private static Graph.GraphModel GraphWithArabicAliases()
    {
        var doc = new Extraction.DocumentExtraction("docs/ar.txt", "ar-key", "t", "ar",
            [new("Company", "amazon", "Amazon", "أمازون", ["أمازون", "Amazon"]), new("Company", "openai", "OpenAI", null, ["OpenAI"]),
             new("Company", "nvidia", "Nvidia", null, ["إنفيديا"])],
            [new(Graph.RelTypes.InvestsIn, "amazon", "openai", 50e9, null, "talks", null, "e1"),
             new(Graph.RelTypes.BuysFrom, "openai", "amazon", 38e9, null, "announced", null, "e2"),
             new(Graph.RelTypes.InvestsIn, "nvidia", "openai", 100e9, null, "stalled", null, "e3"),
             new(Graph.RelTypes.BuysFrom, "openai", "nvidia", null, null, "reported", null, "e4")],
            []);
        return Graph.GraphModel.Build([doc]);
    }
}
