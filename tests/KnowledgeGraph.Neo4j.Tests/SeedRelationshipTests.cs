using System.Text.Json;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>The relationships the seed articles state, as the real engine reads them, in the real Neo4j.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class SeedRelationshipTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private readonly Neo4jGraphLoader _loader = new(server.Client, server.CreateOptions());

    public async Task InitializeAsync()
    {
        await server.WipeAsync();
        await _loader.EnsureSchemaAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Seeds_Loaded_NvidiaInvestsInOpenAiWithAmountStatusEvidenceAndSource()
    {
        await _loader.LoadAsync(SeedCorpus.Extract());

        var result = await server.Client.RunAsync(
            "MATCH (:Company {key: 'nvidia'})-[r:INVESTS_IN]->(:Company {key: 'openai'}) " +
            "MATCH (d:Document) WHERE d.key IN r.sources RETURN r.amountUsd, r.status, r.evidence, collect(d.path)");

        var row = Assert.Single(result.Rows);
        Assert.Equal(100e9, row[0].GetDouble());
        Assert.Equal("stalled", row[1].GetString());
        Assert.Contains(Strings(row[2]), e => e.Contains("100 مليار دولار", StringComparison.Ordinal));
        Assert.Contains(Strings(row[3]), p => p.EndsWith("001.txt", StringComparison.Ordinal));
        var back = await server.Client.RunAsync("MATCH (:Company {key: 'openai'})-[r:BUYS_FROM]->(:Company {key: 'nvidia'}) RETURN r.sources");
        Assert.NotEmpty(Strings(Assert.Single(back.Rows)[0]));
    }

    private static List<string> Strings(JsonElement list) => list.EnumerateArray().Select(e => e.GetString()!).ToList();
}
