using System.Diagnostics;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Worker.Tests.Support;

/// <summary>
/// A test Neo4j of the worker's own (scripts/neo4j-test-server.sh with its own state folder), so loading here
/// never races the Neo4j project's tests, which wipe their server. Started once for the collection, stopped after.
/// Without it the tests fail, never skip.
/// </summary>
public sealed class WorkerNeo4jServer : IAsyncLifetime
{
    private static readonly string StateDir = Path.Combine(Repo.Root, ".cache", "neo4j-worker-test");

    public Uri Url { get; private set; } = null!;

    public string User { get; private set; } = "neo4j";

    public string Password { get; private set; } = "";

    public INeo4jClient Client { get; private set; } = null!;

    /// <summary>The settings that point the worker at this server, as environment variables.</summary>
    public Dictionary<string, string> Environment() => new()
    {
        ["KG__Neo4j__Uri"] = Url.ToString(),
        ["KG__Neo4j__User"] = User,
        ["KG__Neo4j__Password"] = Password,
    };

    public async Task InitializeAsync()
    {
        var env = await RunScriptAsync("start");
        Url = new Uri(env["KG_TEST_NEO4J_URL"]);
        User = env.GetValueOrDefault("KG_TEST_NEO4J_USER", "neo4j");
        Password = env.GetValueOrDefault("KG_TEST_NEO4J_PASSWORD", "");
        Client = new Neo4jHttpClient(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, new Neo4jOptions { Uri = Url, User = User, Password = Password });
        await Client.GetServerInfoAsync();
    }

    public async Task DisposeAsync() => await RunScriptAsync("stop");

    public async Task WipeAsync() => await Client.RunAsync("MATCH (n) DETACH DELETE n");

    public async Task<long> CountAsync(string cypher) => (await Client.RunAsync(cypher)).Rows[0][0].GetInt64();

    private static async Task<Dictionary<string, string>> RunScriptAsync(string command)
    {
        var info = new ProcessStartInfo("bash", [Path.Combine(Repo.Root, "scripts", "neo4j-test-server.sh"), command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repo.Root,
        };
        info.Environment["KG_TEST_NEO4J_STATE_DIR"] = StateDir;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(cts.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"neo4j-test-server.sh {command} failed: {await stderr}");
        }

        return (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
    }
}
