using System.Text.Json;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Neo4j.Tests;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphLoaderTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private readonly Neo4jGraphLoader _loader = new(server.Client, server.CreateOptions(o => o.BatchSize = 2));

    public async Task InitializeAsync()
    {
        await server.WipeAsync();
        await _loader.EnsureSchemaAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task LoadAsync_TwoArticles_MergesNodesAndProvenanceWithoutDuplicates()
    {
        await _loader.LoadAsync([TestDocuments.Article1(), TestDocuments.Article2()]);

        var nvidia = await Single("MATCH (n:Company {key: 'nvidia'}) RETURN n.name, n.nameAr, n.aliases, n.sources");
        Assert.Equal("Nvidia", nvidia[0].GetString());
        Assert.Equal("إنفيديا", nvidia[1].GetString());
        Assert.Equal(["إنفيديا", "NVIDIA", "Nvidia"], Strings(nvidia[2]));
        Assert.Equal(["aaaa1111", "bbbb2222"], Strings(nvidia[3]));

        var invest = await Single("MATCH (:Company {key: 'nvidia'})-[r:INVESTS_IN]->(:Company {key: 'openai'}) RETURN r.amountUsd, r.status, r.sources, r.evidence, r.amountText");
        Assert.Equal(100e9, invest[0].GetDouble());
        Assert.Equal("stalled", invest[1].GetString());
        Assert.Equal(["aaaa1111", "bbbb2222"], Strings(invest[2]));
        Assert.Equal(["ستستثمر إنفيديا 100 مليار دولار في أوبن إيه آي.", "Nvidia is an investor in OpenAI."], Strings(invest[3]));
        Assert.Equal("100 مليار دولار", invest[4].GetString());

        var buys = await Single("MATCH (:Company {key: 'openai'})-[r:BUYS_FROM]->(:Company {key: 'nvidia'}) RETURN r.amountUsd, r.status");
        Assert.Equal(10e9, buys[0].GetDouble());
        Assert.Equal("announced", buys[1].GetString());

        var role = await Single("MATCH (:Person {key: 'sam-altman'})-[r:WORKS_FOR]->(:Company {key: 'openai'}) RETURN r.role");
        Assert.Equal("CEO", role[0].GetString());

        var deal = await Single("MATCH (c:Company)-[p:PARTY_TO]->(d:Deal {key: 'deal-nvidia-openai'})-[:REPORTED_IN]->(doc:Document) " +
                                "WHERE c.key = 'nvidia' RETURN p.role, d.amountUsd, d.status, d.type, doc.path");
        Assert.Equal("investor", deal[0].GetString());
        Assert.Equal(100e9, deal[1].GetDouble());
        Assert.Equal("stalled", deal[2].GetString());
        Assert.Equal("investment", deal[3].GetString());
        Assert.Equal("corpus/001.txt", deal[4].GetString());

        var mentions = await Single("MATCH (d:Document {key: 'bbbb2222'})-[:MENTIONS]->(e) RETURN count(e)");
        Assert.Equal(2, mentions[0].GetInt32());
    }

    [Fact]
    public async Task LoadAsync_SameDocumentsAgain_ChangesNoCount()
    {
        await _loader.LoadAsync([TestDocuments.Article1(), TestDocuments.Article2()]);
        var before = await server.CountAsync();
        var ingested = await Single("MATCH (d:Document {key: 'aaaa1111'}) RETURN d.ingestedAt");

        await _loader.LoadAsync([TestDocuments.Article1(), TestDocuments.Article2()]);
        await _loader.LoadAsync([TestDocuments.Article2()]);

        Assert.Equal(before, await server.CountAsync());
        Assert.Equal(ingested[0].GetString(), (await Single("MATCH (d:Document {key: 'aaaa1111'}) RETURN d.ingestedAt"))[0].GetString());
        Assert.Equal(6, before.Nodes); // 3 entities, 1 deal, 2 documents
        Assert.Equal(11, before.Relationships); // 5 MENTIONS, 3 business, 2 PARTY_TO, 1 REPORTED_IN
    }

    [Fact]
    public async Task LoadAsync_NewExtractionOfSameText_ReplacesItsContribution()
    {
        await _loader.LoadAsync([TestDocuments.Article1(), TestDocuments.Article2()]);
        var fresh = await server.CountAsync();

        // A better engine reads article 1 again: no WORKS_FOR, no deal, and a second alias for OpenAI.
        var reread = TestDocuments.Article1() with
        {
            Entities = [TestDocuments.Nvidia(), TestDocuments.OpenAi("أوبن إيه آي", "OpenAI Inc")],
            Relations = [TestDocuments.Article1().Relations[0]],
            Deals = [],
        };
        await _loader.LoadAsync([reread]);

        Assert.Empty((await server.Client.RunAsync("MATCH (p:Person) RETURN p")).Rows);
        Assert.Empty((await server.Client.RunAsync("MATCH (d:Deal) RETURN d")).Rows);
        var openai = await Single("MATCH (n:Company {key: 'openai'}) RETURN n.aliases, n.sources");
        Assert.Equal(["OpenAI", "أوبن إيه آي", "OpenAI Inc"], Strings(openai[0]));
        Assert.Equal(["bbbb2222", "aaaa1111"], Strings(openai[1]));
        var buys = await Single("MATCH (:Company {key: 'openai'})-[r:BUYS_FROM]->(:Company {key: 'nvidia'}) RETURN r.sources, r.evidence, r.status");
        Assert.Equal(["bbbb2222"], Strings(buys[0]));
        Assert.Equal(["OpenAI bought $10 billion of Nvidia chips."], Strings(buys[1]));
        Assert.Equal("completed", buys[2].GetString());

        await _loader.LoadAsync([TestDocuments.Article1()]);
        var back = await server.CountAsync();
        Assert.Equal(fresh.Nodes, back.Nodes);
        Assert.Equal(fresh.Relationships, back.Relationships);
        Assert.Equal(fresh.Properties, back.Properties);
    }

    [Fact]
    public async Task LoadAsync_ChangedTextAtSamePath_ReplacesTheOldDocument()
    {
        await _loader.LoadAsync([TestDocuments.Article1(), TestDocuments.Article2()]);

        var edited = TestDocuments.Article2(key: "cccc3333") with
        {
            Relations = [TestDocuments.Article2().Relations[0] with { Evidence = "OpenAI bought $10bn of Nvidia chips, it said." }],
        };
        await _loader.LoadAsync([edited]);

        var docs = await server.Client.RunAsync("MATCH (d:Document) RETURN d.key ORDER BY d.key");
        Assert.Equal(["aaaa1111", "cccc3333"], docs.Rows.Select(r => r[0].GetString()));
        var buys = await Single("MATCH (:Company {key: 'openai'})-[r:BUYS_FROM]->(:Company {key: 'nvidia'}) RETURN r.sources, r.evidence");
        Assert.Equal(["aaaa1111", "cccc3333"], Strings(buys[0]));
        Assert.Equal(["ستشتري أوبن إيه آي رقائق إنفيديا.", "OpenAI bought $10bn of Nvidia chips, it said."], Strings(buys[1]));
        var invest = await Single("MATCH (:Company {key: 'nvidia'})-[r:INVESTS_IN]->(:Company {key: 'openai'}) RETURN r.sources, r.evidence");
        Assert.Equal(["aaaa1111"], Strings(invest[0]));
        Assert.Single(Strings(invest[1]));
        var nvidia = await Single("MATCH (n:Company {key: 'nvidia'}) RETURN n.aliases");
        Assert.Equal(["إنفيديا", "NVIDIA", "Nvidia"], Strings(nvidia[0]));
    }

    [Fact]
    public async Task RemoveDocumentAsync_ByPathOrKey_LeavesWhatOtherDocumentsSay()
    {
        await _loader.LoadAsync([TestDocuments.Article1()]);
        var alone = await server.CountAsync();
        await _loader.LoadAsync([TestDocuments.Article2()]);

        Assert.True(await _loader.RemoveDocumentAsync("corpus/002.txt"));
        Assert.False(await _loader.RemoveDocumentAsync("corpus/002.txt"));

        Assert.Equal(alone, await server.CountAsync());
        var buys = await Single("MATCH (:Company {key: 'openai'})-[r:BUYS_FROM]->(:Company {key: 'nvidia'}) RETURN r.amountUsd, r.status, r.sources");
        Assert.Equal(JsonValueKind.Null, buys[0].ValueKind);
        Assert.Equal("announced", buys[1].GetString());
        Assert.Equal(["aaaa1111"], Strings(buys[2]));

        Assert.True(await _loader.RemoveDocumentAsync("aaaa1111"));
        Assert.Equal(new GraphCounts(0, 0, 0), await server.CountAsync());
    }

    [Fact]
    public async Task LoadAsync_DocumentsOneByOne_KeepEachDocumentsFactsThroughARemoval()
    {
        // A relationship one document states keeps its facts in its properties only; a second document, and a
        // removal, must still see the first document's amount, status and evidence.
        await _loader.LoadAsync([TestDocuments.Article1()]);
        var alone = await server.CountAsync();
        await _loader.LoadAsync([TestDocuments.Article2()]);

        const string Invest = "MATCH (:Company {key: 'nvidia'})-[r:INVESTS_IN]->(:Company {key: 'openai'}) " +
                              "RETURN r.amountUsd, r.amountText, r.status, r.sources, r.evidence";
        var both = await Single(Invest);
        Assert.Equal(100e9, both[0].GetDouble());
        Assert.Equal("100 مليار دولار", both[1].GetString());
        Assert.Equal("stalled", both[2].GetString());
        Assert.Equal(["aaaa1111", "bbbb2222"], Strings(both[3]));
        Assert.Equal(["ستستثمر إنفيديا 100 مليار دولار في أوبن إيه آي.", "Nvidia is an investor in OpenAI."], Strings(both[4]));

        Assert.True(await _loader.RemoveDocumentAsync("bbbb2222"));

        var first = await Single(Invest);
        Assert.Equal(100e9, first[0].GetDouble());
        Assert.Equal("100 مليار دولار", first[1].GetString());
        Assert.Equal("stalled", first[2].GetString());
        Assert.Equal(["aaaa1111"], Strings(first[3]));
        Assert.Equal(["ستستثمر إنفيديا 100 مليار دولار في أوبن إيه آي."], Strings(first[4]));
        Assert.Equal(alone, await server.CountAsync());
    }

    [Fact]
    public async Task LoadAsync_CompanyNamedAlikeByEveryDocument_StoresAProvenanceListOnlyOnceADocumentDiffers()
    {
        // Articles 3 and 4 name Nvidia the same way ("Nvidia"); article 1 does not ("إنفيديا", "NVIDIA").
        const string Nvidia = "MATCH (n:Company {key: 'nvidia'}) RETURN n._provenance, n.sources, n.aliases, n.name, n.nameAr";
        await _loader.LoadAsync([TestDocuments.Article2("corpus/003.txt", "cccc3333"), TestDocuments.Article2("corpus/004.txt", "dddd4444")]);
        var together = await server.CountAsync();
        var alike = await Single(Nvidia);
        Assert.Equal(JsonValueKind.Null, alike[0].ValueKind);
        Assert.Equal(["cccc3333", "dddd4444"], Strings(alike[1]));

        await _loader.LoadAsync([TestDocuments.Article1()]);

        var differs = await Single(Nvidia);
        Assert.Equal(["cccc3333", "dddd4444", "aaaa1111"], Strings(differs[0]).Select(p => p.Split(Neo4jCypher.Separator)[0]));
        Assert.Equal(["Nvidia", "إنفيديا", "NVIDIA"], Strings(differs[2]));

        Assert.True(await _loader.RemoveDocumentAsync("aaaa1111"));

        Assert.Equal(together, await server.CountAsync());
        var back = await Single(Nvidia);
        Assert.Equal(JsonValueKind.Null, back[0].ValueKind);
        Assert.Equal(["cccc3333", "dddd4444"], Strings(back[1]));
        Assert.Equal(["Nvidia"], Strings(back[2]));
        Assert.Equal("Nvidia", back[3].GetString());
        Assert.Equal("إنفيديا", back[4].GetString());

        // One by one, as in one transaction.
        Assert.True(await _loader.RemoveDocumentAsync("dddd4444"));
        await _loader.LoadAsync([TestDocuments.Article2("corpus/004.txt", "dddd4444")]);
        Assert.Equal(together, await server.CountAsync());
        Assert.Equal(JsonValueKind.Null, (await Single(Nvidia))[0].ValueKind);
    }

    [Fact]
    public async Task LoadAsync_GraphMatchesTheInMemoryModel()
    {
        var docs = new[] { TestDocuments.Article1(), TestDocuments.Article2() };
        await _loader.LoadAsync(docs);
        var model = GraphModel.Build(docs);

        foreach (var rel in model.Relationships.Where(r => RelTypes.Business.Contains(r.Type)))
        {
            var row = await Single(
                $"MATCH (a {{key: '{rel.FromKey}'}})-[r:{rel.Type}]->(b {{key: '{rel.ToKey}'}}) RETURN r.sources, r.evidence, r.amountUsd, r.status, r.role");
            Assert.Equal(rel.Sources, Strings(row[0]));
            Assert.Equal(rel.Evidence, Strings(row[1]));
            Assert.Equal(rel.AmountUsd, row[2].ValueKind == JsonValueKind.Null ? null : row[2].GetDouble());
            Assert.Equal(rel.Status, row[3].GetString());
            Assert.Equal(rel.Role, row[4].GetString());
        }

        Assert.Equal(model.Nodes.Count(), (await server.CountAsync()).Nodes);
        Assert.Equal(model.Relationships.Count(), (await server.CountAsync()).Relationships);
    }

    private async Task<IReadOnlyList<JsonElement>> Single(string cypher)
    {
        var result = await server.Client.RunAsync(cypher);
        return Assert.Single(result.Rows);
    }

    private static List<string> Strings(JsonElement list) => list.EnumerateArray().Select(e => e.GetString()!).ToList();
}
