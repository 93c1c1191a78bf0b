namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>
/// The test Neo4j shared by the tests of collection <c>"neo4j"</c>: the server named by KG_TEST_NEO4J_URL,
/// _USER and _PASSWORD (set by scripts/test.sh), or else one started with scripts/neo4j-test-server.sh (left
/// running for the next run; <c>scripts/neo4j-test-server.sh stop</c> stops it). Without a server the
/// tests fail, never skip. Tests of the collection run one after another; each starts with <see cref="WipeAsync"/>.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    private Neo4jHttpClient? _client;

    public Uri Url { get; private set; } = null!;

    public string User { get; private set; } = "neo4j";

    public string Password { get; private set; } = "";

    /// <summary>A ready client with the default options.</summary>
    public INeo4jClient Client => _client ?? throw new InvalidOperationException("the fixture is not initialised");

    public async Task InitializeAsync()
    {
        var url = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_URL");
        if (string.IsNullOrWhiteSpace(url))
        {
            var env = await TestServerScript.RunAsync("start");
            url = env.GetValueOrDefault("KG_TEST_NEO4J_URL")
                  ?? throw new InvalidOperationException("scripts/neo4j-test-server.sh start printed no KG_TEST_NEO4J_URL");
            User = env.GetValueOrDefault("KG_TEST_NEO4J_USER", "neo4j");
            Password = env.GetValueOrDefault("KG_TEST_NEO4J_PASSWORD", "");
        }
        else
        {
            User = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_USER") ?? "neo4j";
            Password = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_PASSWORD") ?? "";
        }

        Url = new Uri(url);
        _client = CreateClient();
        await _client.GetServerInfoAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Options for this server; <paramref name="configure"/> may change any of them.</summary>
    public Neo4jOptions CreateOptions(Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions { Uri = Url, User = User, Password = Password };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A new client for this server; <paramref name="configure"/> may change the options.</summary>
    public Neo4jHttpClient CreateClient(Action<Neo4jOptions>? configure = null) =>
        new(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, CreateOptions(configure));

    /// <summary>Deletes every node and relationship (constraints and indexes stay).</summary>
    public async Task WipeAsync()
    {
        await Client.RunAsync("MATCH (n) DETACH DELETE n");
    }

    /// <summary>How many nodes, relationships and properties (on both) the graph holds.</summary>
    public async Task<GraphCounts> CountAsync()
    {
        var nodes = await Client.RunAsync(
            "MATCH (n) RETURN count(n) AS n, coalesce(sum(size(keys(n))), 0) AS p");
        var rels = await Client.RunAsync(
            "MATCH ()-[r]->() RETURN count(r) AS n, coalesce(sum(size(keys(r))), 0) AS p");
        return new GraphCounts(nodes.Rows[0][0].GetInt64(), rels.Rows[0][0].GetInt64(),
            nodes.Rows[0][1].GetInt64() + rels.Rows[0][1].GetInt64());
    }
}
