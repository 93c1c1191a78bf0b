using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Neo4j.Tests;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jServiceCollectionTests(Neo4jServerFixture server)
{
    [Fact]
    public async Task AddNeo4jGraph_FromEnvironmentStyleSettings_GivesAWorkingClientAndLoader()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = server.Url.ToString(),
            ["Neo4j:User"] = server.User,
            ["Neo4j:Password"] = server.Password,
            ["Neo4j:BatchSize"] = "250",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddNeo4jGraph(config.GetSection(Neo4jOptions.SectionName)).BuildServiceProvider();

        var client = provider.GetRequiredService<INeo4jClient>();
        var result = await client.RunAsync("RETURN 41 + 1 AS answer");

        Assert.Equal(42, result.Rows[0][0].GetInt32());
        Assert.Equal(250, provider.GetRequiredService<IOptions<Neo4jOptions>>().Value.BatchSize);
        Assert.NotNull(provider.GetRequiredService<Neo4jGraphLoader>());
    }

    [Fact]
    public async Task AddNeo4jGraph_InvalidSettings_FailAtStartWithTheSettingNamed()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Neo4j:Password"] = "hidden-value", ["Neo4j:BatchSize"] = "0",
        }).Build();
        using var host = new HostBuilder()
            .ConfigureServices(s => s.AddNeo4jGraph(config.GetSection(Neo4jOptions.SectionName)))
            .Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Uri", error.Message, StringComparison.Ordinal);
        Assert.Contains("BatchSize", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden-value", error.Message, StringComparison.Ordinal);
    }
}
