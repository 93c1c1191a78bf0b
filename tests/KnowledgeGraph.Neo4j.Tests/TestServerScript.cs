using System.Diagnostics;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>Runs <c>scripts/neo4j-test-server.sh</c> and reads the KG_TEST_NEO4J_* lines it prints.</summary>
public static class TestServerScript
{
    /// <summary>The folder holding <c>KnowledgeGraph.sln</c>, found by walking up from the test's base directory.</summary>
    public static string RepositoryRoot => KnowledgeGraph.Testing.TestRepository.Root;

    /// <summary>Runs the script with <paramref name="command"/>; <paramref name="stateDir"/> selects a second server.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RunAsync(string command, string? stateDir = null, TimeSpan? timeout = null)
    {
        var script = Path.Combine(RepositoryRoot, "scripts", "neo4j-test-server.sh");
        var psi = new ProcessStartInfo("bash", [script, command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot,
        };
        if (stateDir is not null)
        {
            psi.Environment["KG_TEST_NEO4J_STATE_DIR"] = stateDir;
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot run bash");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(4));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{script} {command} did not finish in time: {await stderr}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} {command} failed (exit {process.ExitCode}): {await stderr}");
        }

        return (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('=', 2))
            .Where(p => p.Length == 2 && p[0].StartsWith("KG_TEST_", StringComparison.Ordinal))
            .ToDictionary(p => p[0], p => p[1]);
    }
}
