using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>The seed corpus, extracted by the real engine, loaded into the real Neo4j.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class SeedLoadingTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private readonly Neo4jGraphLoader _loader = new(server.Client, server.CreateOptions(o => o.DocumentsPerTransaction = 2));

    public async Task InitializeAsync()
    {
        await server.WipeAsync();
        await _loader.EnsureSchemaAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Seeds_Loaded_GiveTheGraphOfTheInMemoryModel()
    {
        var documents = SeedCorpus.Extract();
        var model = GraphModel.Build(documents);

        await _loader.LoadAsync(documents);

        var counts = await server.CountAsync();
        Assert.Equal(5, model.NodesWithLabel(NodeLabels.Document).Count());
        Assert.Equal(model.Nodes.Count(), counts.Nodes);
        Assert.Equal(model.Relationships.Count(), counts.Relationships);
        foreach (var label in NodeLabels.All)
        {
            var n = await server.Client.RunAsync($"MATCH (n:{label}) RETURN count(n)");
            Assert.Equal(model.NodesWithLabel(label).Count(), n.Rows[0][0].GetInt32());
        }

        foreach (var type in RelTypes.All)
        {
            var n = await server.Client.RunAsync($"MATCH ()-[r:{type}]->() RETURN count(r)");
            Assert.Equal(model.RelationshipsOfType(type).Count(), n.Rows[0][0].GetInt32());
        }
    }

    [Fact]
    public async Task Seeds_LoadedTwiceOrReextracted_ChangeNoCount()
    {
        await _loader.LoadAsync(SeedCorpus.Extract());
        var first = await server.CountAsync();

        await _loader.LoadAsync(SeedCorpus.Extract());
        Assert.Equal(first, await server.CountAsync());

        // A new engine version would give new extraction fingerprints: the documents are then replaced, not added.
        await server.Client.RunAsync("MATCH (d:Document) SET d.extractionHash = 'older-engine'");
        await _loader.LoadAsync(SeedCorpus.Extract());
        Assert.Equal(first, await server.CountAsync());
    }
}
