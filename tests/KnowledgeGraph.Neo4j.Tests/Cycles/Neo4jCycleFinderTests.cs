using System.Globalization;
using KnowledgeGraph.Cycles;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Neo4j.Tests.Cycles;

/// <summary>The loops Neo4j finds are the loops found in process: same loops, same edges, same order.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jCycleFinderTests(Neo4jServerFixture server)
{
    [Fact]
    public async Task FindAsync_Seeds_NvidiaAndAmazonLoopsWithAmountsStatusesEvidence_AsInProcess()
    {
        var documents = GoldSeeds.Documents();
        await LoadAsync(documents);

        var inNeo4j = await new Neo4jCycleFinder(server.Client).FindAsync(new CycleQuery());
        var inProcess = CycleFinder.Find(GraphModel.Build(documents), new CycleQuery());

        Assert.Equal(["nvidia -INVESTS_IN-> openai -BUYS_FROM-> nvidia", "amazon -INVESTS_IN-> openai -BUYS_FROM-> amazon"],
            inNeo4j.Select(Chain));
        Assert.Equal(Describe(inProcess), Describe(inNeo4j));
        var nvidia = inNeo4j[0];
        Assert.Equal((100e9, "stalled", "Nvidia", "OpenAI"), (nvidia.Edges[0].AmountUsd, nvidia.Edges[0].Status, nvidia.Edges[0].FromName, nvidia.Edges[0].ToName));
        Assert.Contains(nvidia.Edges[0].Evidence, e => e.Contains("100 مليار دولار"));
        Assert.Equal((38e9, "announced"), (inNeo4j[1].Edges[1].AmountUsd, inNeo4j[1].Edges[1].Status));
        Assert.All(inNeo4j, l => Assert.True(l.IsTentative));
    }

    [Fact]
    public async Task FindAsync_SeedCorpusReadByTheEngine_NvidiaAndAmazonLoops_AsInProcess()
    {
        var engine = ExtractionEngine.CreateDefault();
        var reader = new Documents.DocumentReader();
        var documents = Directory.GetFiles(GoldSeeds.SeedsFolder, "*.txt").Order(StringComparer.Ordinal)
            .Select(p => engine.Extract(reader.Read(p))).ToList();
        await LoadAsync(documents);

        var inNeo4j = await new Neo4jCycleFinder(server.Client).FindAsync(new CycleQuery());

        Assert.Equal(Describe(CycleFinder.Find(GraphModel.Build(documents), new CycleQuery())), Describe(inNeo4j));
        Assert.Contains("nvidia -INVESTS_IN-> openai -BUYS_FROM-> nvidia", inNeo4j.Select(Chain));
        Assert.Contains("amazon -INVESTS_IN-> openai -BUYS_FROM-> amazon", inNeo4j.Select(Chain));
        Assert.All(inNeo4j.SelectMany(l => l.Edges), e => Assert.True(e.Evidence.Count > 0 && e.Sources.Count > 0 && e.Status is not null));
    }

    [Theory]
    [InlineData(2, null, null)]
    [InlineData(6, 40e9, null)]
    [InlineData(6, null, "Amazon")]
    [InlineData(6, null, "إنفيديا")]
    [InlineData(6, 1e12, null)]
    public async Task FindAsync_SeedsWithFilters_SameAsInProcess(int maxLength, double? minAmount, string? company)
    {
        var documents = GoldSeeds.Documents();
        await LoadAsync(documents);
        var query = new CycleQuery(maxLength, minAmount, company);

        var inNeo4j = await new Neo4jCycleFinder(server.Client).FindAsync(query);

        Assert.Equal(Describe(CycleFinder.Find(GraphModel.Build(documents), query)), Describe(inNeo4j));
    }

    [Theory]
    [InlineData(11, 150, 450, 6)]
    [InlineData(12, 400, 1200, 5)]
    [InlineData(13, 60, 300, 4)]
    public async Task FindAsync_GeneratedGraphs_SameLoopsInSameOrderAsInProcess(int seed, int companies, int edges, int maxLength)
    {
        var documents = RandomDealGraph.Documents(seed, companies, edges);
        await LoadAsync(documents);
        var graph = GraphModel.Build(documents);

        foreach (var query in new[] { new CycleQuery(maxLength), new CycleQuery(maxLength, MinAmountUsd: 5e9), new CycleQuery(3, Company: "co000007") })
        {
            var inProcess = CycleFinder.Find(graph, query);
            var inNeo4j = await new Neo4jCycleFinder(server.Client).FindAsync(query);

            Assert.Equal(Describe(inProcess), Describe(inNeo4j));
            if (query.Company is null && query.MinAmountUsd is null)
            {
                Assert.True(inProcess.Count >= 3, $"the generated graph should hold loops, found {inProcess.Count}");
            }
        }
    }

    [Fact]
    public async Task DocumentPathsAsync_SeedLoops_PathOfEverySource()
    {
        var documents = GoldSeeds.Documents();
        await LoadAsync(documents);
        var finder = new Neo4jCycleFinder(server.Client);
        var loops = await finder.FindAsync(new CycleQuery());

        var paths = await finder.DocumentPathsAsync(loops);

        Assert.Equal(new Dictionary<string, string>
        {
            [GoldSeeds.KeyOf("001.txt")] = "seeds/001.txt",
            [GoldSeeds.KeyOf("003.txt")] = "seeds/003.txt",
        }, paths);
        var text = LoopFormatter.Format(loops, paths);
        Assert.Equal(LoopFormatter.Format(CycleFinder.Find(GraphModel.Build(documents), new CycleQuery()), GraphModel.Build(documents)), text);
        Assert.Contains("from: seeds/001.txt; seeds/003.txt", text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(Neo4jCycleFinder.MaxSupportedLength + 1)]
    public async Task FindAsync_MaxLengthOutOfRange_Rejected(int maxLength)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new Neo4jCycleFinder(server.Client).FindAsync(new CycleQuery(maxLength)));
    }

    private async Task LoadAsync(IReadOnlyList<DocumentExtraction> documents)
    {
        await server.WipeAsync();
        var loader = new Neo4jGraphLoader(server.Client, server.CreateOptions());
        await loader.EnsureSchemaAsync();
        await loader.LoadAsync(documents);
    }

    private static string Chain(FinancingLoop loop) =>
        string.Concat(loop.Edges.Select(e => $"{e.FromKey} -{e.Type}-> ")) + loop.Edges[0].FromKey;

    // Everything a loop carries, so two lists compare equal only when they agree edge by edge, in order.
    private static List<string> Describe(IEnumerable<FinancingLoop> loops) =>
        [.. loops.Select(l => string.Join(" | ", l.Edges.Select(e =>
            $"{e.FromKey}({e.FromName}) -{e.Type} {e.AmountUsd?.ToString("R", CultureInfo.InvariantCulture)} {e.Status}-> {e.ToKey}({e.ToName}) " +
            $"[{string.Join(" / ", e.Evidence)}] [{string.Join(",", e.Sources)}]")))];
}
