using System.Text.Json;

namespace KnowledgeGraph.Neo4j.Tests.Cycles;

/// <summary>Every file of <c>cypher/</c> run on the test Neo4j over the gold seed graph, with the rows it must return.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class QueryPackTests(Neo4jServerFixture server)
{
    // schema.cypher is Neo4j 5 syntax: linted (all cypher/ files are), not run on the 3.1 test server.
    private static readonly string[] Covered =
    [
        "schema", "circular-financing", "loops-through-company", "investment-chains", "suppliers-and-customers",
        "partners-and-competitors", "deals-by-status-and-size", "documents-behind-relationship",
        "most-connected-companies", "documents-by-key",
    ];

    [Fact]
    public void EveryQueryPackFile_HasItsTestHere()
    {
        var files = Directory.GetFiles(Path.Combine(GoldSeeds.RepositoryRoot, "cypher"), "*.cypher")
            .Select(Path.GetFileNameWithoutExtension);

        Assert.Equal(Covered.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryQueryPackFile_StartsWithACommentSayingWhatItAnswersAndHowItIsBounded()
    {
        foreach (var name in Covered)
        {
            var text = File.ReadAllText(GoldSeeds.CypherFile(name));
            Assert.StartsWith("// ", text);
            Assert.Contains("Parameters", text);
            if (name != "schema")
            {
                Assert.Contains("Bounded:", text);
            }
        }
    }

    [Fact]
    public async Task CircularFinancing_Seeds_TheTwoLoopsMostMoneyFirstWithAmountsStatusesEvidenceAndSources()
    {
        await LoadSeedsAsync();

        var rows = await RunAsync("circular-financing", new() { ["maxLength"] = 6, ["minAmountUsd"] = null, ["company"] = null });

        Assert.Equal([["Nvidia", "OpenAI", "Nvidia"], ["Amazon", "OpenAI", "Amazon"]], rows.Select(r => r.Strings("chain")));
        Assert.Equal([100e9, 38e9], rows.Select(r => r.D("moneyAround")));
        Assert.All(rows, r => Assert.True(r["tentative"].GetBoolean()));
        var nvidiaInvests = rows[0]["edges"][0];
        Assert.Equal("INVESTS_IN", nvidiaInvests.GetProperty("type").GetString());
        Assert.Equal(100e9, nvidiaInvests.GetProperty("amountUsd").GetDouble());
        Assert.Equal("stalled", nvidiaInvests.GetProperty("status").GetString());
        Assert.Equal([GoldSeeds.KeyOf("001.txt")], nvidiaInvests.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains(nvidiaInvests.GetProperty("evidence").EnumerateArray(), e => e.GetString()!.Contains("100 مليار دولار"));
        var openAiBuys = rows[0]["edges"][1];
        Assert.Equal(("BUYS_FROM", "reported"), (openAiBuys.GetProperty("type").GetString(), openAiBuys.GetProperty("status").GetString()));
        Assert.Equal(2, openAiBuys.GetProperty("sources").GetArrayLength());
    }

    [Theory]
    [InlineData(6, 50e9, null, "nvidia openai ")]
    [InlineData(6, null, "أمازون", "amazon openai ")]
    [InlineData(6, null, "NVIDIA", "nvidia openai ")]
    [InlineData(2, 38e9, null, "nvidia openai |amazon openai ")]
    [InlineData(6, 200e9, null, "")]
    public async Task CircularFinancing_Filters_KeepTheLoopsAsked(int maxLength, double? minAmount, string? company, string expected)
    {
        await LoadSeedsAsync();

        var rows = await RunAsync("circular-financing", new() { ["maxLength"] = maxLength, ["minAmountUsd"] = minAmount, ["company"] = company });

        Assert.Equal(expected, string.Join("|", rows.Select(r => r.S("keySequence"))));
    }

    [Fact]
    public async Task LoopsThroughCompany_OpenAi_BothLoopsReadFromOpenAi()
    {
        await LoadSeedsAsync();

        var rows = await RunAsync("loops-through-company", new() { ["company"] = "OpenAI", ["maxLength"] = 4 });

        Assert.Equal([["OpenAI", "Nvidia", "OpenAI"], ["OpenAI", "Amazon", "OpenAI"]], rows.Select(r => r.Strings("chain")));
        Assert.Equal([100e9, 38e9], rows.Select(r => r.D("moneyAround")));
        Assert.Empty(await RunAsync("loops-through-company", new() { ["company"] = "microsoft", ["maxLength"] = 10 }));
    }

    [Fact]
    public async Task InvestmentChains_AllInvestors_EveryInvestmentByRoute()
    {
        await LoadSeedsAsync();

        var rows = await RunAsync("investment-chains", new() { ["company"] = null, ["maxHops"] = 3, ["limit"] = 100 });

        Assert.Equal(["Amazon>OpenAI", "Nvidia>OpenAI", "Sam Altman>Airbnb", "Sam Altman>Stripe", "SoftBank>OpenAI"],
            rows.Select(r => $"{r.S("investor")}>{r.S("investee")}"));
        Assert.All(rows, r => Assert.Equal(1, r.L("hops")));
        Assert.Equal([50e9], rows[0]["amountsUsd"].EnumerateArray().Select(a => a.GetDouble()));
        Assert.Equal(["talks"], rows[0].Strings("statuses"));
    }

    [Fact]
    public async Task InvestmentChains_TwoHops_FollowTheMoneyThroughTheInvestee()
    {
        await LoadSeedsAsync();
        await server.Client.RunAsync("MATCH (o:Company {key: 'openai'}), (s:Company {key: 'stripe'}) MERGE (o)-[r:INVESTS_IN]->(s) SET r.amountUsd = 1.0e9");

        var rows = await RunAsync("investment-chains", new() { ["company"] = "nvidia", ["maxHops"] = 2, ["limit"] = 10 });

        Assert.Equal([["Nvidia", "OpenAI"], ["Nvidia", "OpenAI", "Stripe"]], rows.Select(r => r.Strings("chain")));
        Assert.Single(await RunAsync("investment-chains", new() { ["company"] = "nvidia", ["maxHops"] = 2, ["limit"] = 1 }));
    }

    [Fact]
    public async Task SuppliersAndCustomers_OpenAiAndNvidia()
    {
        await LoadSeedsAsync();

        var openAi = await RunAsync("suppliers-and-customers", new() { ["company"] = "openai" });
        var nvidia = await RunAsync("suppliers-and-customers", new() { ["company"] = "Nvidia" });

        Assert.Equal(["supplier Amazon 38000000000 announced", "supplier AMD", "supplier Nvidia reported", "supplier Oracle"],
            openAi.Select(Describe));
        Assert.Equal(["customer OpenAI reported"], nvidia.Select(Describe));
        Assert.Equal([GoldSeeds.KeyOf("001.txt"), GoldSeeds.KeyOf("003.txt")], nvidia[0].Strings("sources"));

        static string Describe(Dictionary<string, JsonElement> r) =>
            string.Join(" ", new[] { r.S("role"), r.S("company"), r.D("amountUsd")?.ToString("F0"), r.S("status") }.Where(s => s is not null));
    }

    [Fact]
    public async Task PartnersAndCompetitors_Amazon()
    {
        await LoadSeedsAsync();

        var rows = await RunAsync("partners-and-competitors", new() { ["company"] = "amazon" });

        Assert.Equal(["partner OpenAI", "competitor Google", "competitor Microsoft", "competitor OpenAI"],
            rows.Select(r => $"{r.S("relation")} {r.S("company")}"));
        Assert.Equal([GoldSeeds.KeyOf("001.txt"), GoldSeeds.KeyOf("003.txt")], rows[0].Strings("sources"));
    }

    [Fact]
    public async Task DealsByStatusAndSize_Talks_BiggestFirstWithPartiesAndDocuments()
    {
        await LoadSeedsAsync();

        var rows = await RunAsync("deals-by-status-and-size", new() { ["status"] = "talks", ["minAmountUsd"] = null, ["limit"] = 10 });

        Assert.Equal(["001-amazon-invests-in-openai", "003-amazon-invests-in-openai", "001-softbank-invests-in-openai"], rows.Select(r => r.S("deal")));
        Assert.Equal([50e9, 10e9, null], rows.Select(r => r.D("amountUsd")));
        Assert.Equal(["Amazon (investor)", "OpenAI (investee)"], rows[0].Strings("parties").Order(StringComparer.Ordinal));
        Assert.Equal(["seeds/001.txt"], rows[0].Strings("documents"));
        var big = await RunAsync("deals-by-status-and-size", new() { ["status"] = null, ["minAmountUsd"] = 40e9, ["limit"] = 10 });
        Assert.Equal(["001-nvidia-invests-in-openai", "001-amazon-invests-in-openai"], big.Select(r => r.S("deal")));
    }

    [Fact]
    public async Task DocumentsBehindRelationship_NvidiaOpenAi_EachDocumentWithPathAndEvidence()
    {
        await LoadSeedsAsync();

        var invests = await RunAsync("documents-behind-relationship", new() { ["from"] = "Nvidia", ["to"] = "openai", ["type"] = "INVESTS_IN" });
        var any = await RunAsync("documents-behind-relationship", new() { ["from"] = "openai", ["to"] = "إنفيديا", ["type"] = null });

        var row = Assert.Single(invests);
        Assert.Equal(("Nvidia", "OpenAI", "seeds/001.txt", "ar"), (row.S("from"), row.S("to"), row.S("path"), row.S("language")));
        Assert.Contains(row.Strings("evidence"), e => e!.Contains("100 مليار دولار"));
        Assert.Equal(["BUYS_FROM OpenAI>Nvidia seeds/001.txt", "BUYS_FROM OpenAI>Nvidia seeds/003.txt", "INVESTS_IN Nvidia>OpenAI seeds/001.txt",
                      "PARTNERS_WITH Nvidia>OpenAI seeds/001.txt", "PARTNERS_WITH Nvidia>OpenAI seeds/002.txt"],
            any.Select(r => $"{r.S("type")} {r.S("from")}>{r.S("to")} {r.S("path")}"));
    }

    [Fact]
    public async Task MostConnectedCompanies_OpenAiFirst()
    {
        await LoadSeedsAsync();

        var rows = await RunAsync("most-connected-companies", new() { ["limit"] = 4 });

        Assert.Equal(["openai 23 15", "amazon 6 3", "nvidia 4 2", "microsoft 3 2"],
            rows.Select(r => $"{r.S("key")} {r.L("relationships")} {r.L("counterparts")}"));
        Assert.Equal((3, 0, 4, 5), (rows[0].L("investedInBy"), rows[0].L("investsIn"), rows[0].L("buysFrom"), rows[0].L("documents")));
    }

    [Fact]
    public async Task DocumentsByKey_KnownKeys_PathsInOrderUnknownKeysIgnored()
    {
        await LoadSeedsAsync();

        var rows = await RunAsync("documents-by-key", new() { ["keys"] = new[] { GoldSeeds.KeyOf("003.txt"), "no-such-key", GoldSeeds.KeyOf("001.txt") } });

        Assert.Equal(["seeds/001.txt", "seeds/003.txt"], rows.Select(r => r.S("path")));
        Assert.Equal(GoldSeeds.KeyOf("001.txt"), rows[0].S("key"));
    }

    private async Task LoadSeedsAsync()
    {
        await server.WipeAsync();
        var loader = new Neo4jGraphLoader(server.Client, server.CreateOptions());
        await loader.EnsureSchemaAsync();
        await loader.LoadAsync(GoldSeeds.Documents());
    }

    private Task<List<Dictionary<string, JsonElement>>> RunAsync(string name, Dictionary<string, object?> parameters) =>
        QueryPackRunner.RunFileAsync(server.Client, name, parameters);
}
