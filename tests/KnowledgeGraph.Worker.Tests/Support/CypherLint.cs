using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Worker.Tests.Support;

/// <summary>Runs scripts/cypher-lint.mjs (Neo4j's Cypher 5 linter) and returns the problems other than undefined parameters.</summary>
internal static class CypherLint
{
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IReadOnlyList<(string Name, string Cypher)> statements)
    {
        var info = new ProcessStartInfo("node", [Path.Combine(Repo.Root, "scripts", "cypher-lint.mjs")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(statements.Select(s => new { name = s.Name, cypher = s.Cypher })));
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(cts.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"cypher-lint.mjs failed: {await stderr}");
        }

        using var report = JsonDocument.Parse(await stdout);
        var problems = new List<string>();
        foreach (var result in report.RootElement.EnumerateArray())
        {
            foreach (var d in result.GetProperty("diagnostics").EnumerateArray())
            {
                if (!(d.TryGetProperty("parameter", out var p) && p.ValueKind == JsonValueKind.True))
                {
                    problems.Add($"{result.GetProperty("name").GetString()}: {d.GetProperty("message").GetString()}");
                }
            }
        }

        if (report.RootElement.GetArrayLength() != statements.Count)
        {
            problems.Add($"linted {report.RootElement.GetArrayLength()} of {statements.Count} statements");
        }

        return problems;
    }
}
