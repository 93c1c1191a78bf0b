namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>
/// A second test Neo4j of our own (state in <c>.cache/neo4j-test-scratch</c>), for tests that halt the server or
/// lock its user out with wrong passwords: the shared server stays usable for the other test assemblies.
/// </summary>
public sealed class ScratchServerFixture : IAsyncLifetime
{
    private static string StateDir => Path.Combine(TestServerScript.RepositoryRoot, ".cache", "neo4j-test-scratch");

    public Uri Url { get; private set; } = null!;

    public string Password { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var env = await TestServerScript.RunAsync("start", StateDir);
        Url = new Uri(env["KG_TEST_NEO4J_URL"]);
        Password = env["KG_TEST_NEO4J_PASSWORD"];
    }

    public async Task DisposeAsync() => await TestServerScript.RunAsync("stop", StateDir);

    /// <summary>Stops the server process, keeping its data, ports and password.</summary>
    public Task HaltAsync() => TestServerScript.RunAsync("halt", StateDir);

    /// <summary>Starts the halted server again on the same port with the same password.</summary>
    public Task ResumeAsync() => TestServerScript.RunAsync("start", StateDir);

    public Neo4jHttpClient CreateClient(Action<Neo4jOptions>? configure = null, RecordingLogger<Neo4jHttpClient>? logger = null)
    {
        var options = new Neo4jOptions { Uri = Url, User = "neo4j", Password = Password };
        configure?.Invoke(options);
        return new Neo4jHttpClient(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, options, logger);
    }
}
