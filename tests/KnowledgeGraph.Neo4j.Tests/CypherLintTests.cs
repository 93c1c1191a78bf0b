using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>
/// Every statement the project sends to a Neo4j 5 server passes Neo4j's Cypher 5 linter: the loader's
/// catalogue and each statement of <c>cypher/*.cypher</c>. Only "parameter not defined" is allowed (the
/// linter has no parameter values). The linter is npm <c>@neo4j-cypher/language-support</c>, installed by
/// <c>scripts/cypher-lint.mjs</c> into the user's cache on first use.
/// </summary>
public sealed class CypherLintTests
{
    [Fact]
    public async Task EveryStatement_PassesTheCypher5Linter()
    {
        var statements = Neo4jCypher.All().Select(s => (Name: $"loader: {s.Name}", s.Cypher)).ToList();
        var files = Directory.GetFiles(Path.Combine(TestServerScript.RepositoryRoot, "cypher"), "*.cypher").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var parts = (await File.ReadAllTextAsync(file)).Split(';');
            for (var i = 0; i < parts.Length; i++)
            {
                if (HasCode(parts[i]))
                {
                    statements.Add(($"{Path.GetFileName(file)} #{i + 1}", parts[i].Trim()));
                }
            }
        }

        var report = await LintAsync(statements);

        Assert.Equal(statements.Count, report.Count);
        var problems = report
            .SelectMany(r => r.Diagnostics.Where(d => !d.Parameter).Select(d => $"{r.Name} ({d.Line}:{d.Character}) {d.Severity}: {d.Message}"))
            .ToList();
        Assert.True(problems.Count == 0, "Cypher 5 lint:\n" + string.Join("\n", problems));
        Assert.Contains(report, r => r.Name.StartsWith("loader: MergeBusiness", StringComparison.Ordinal));
        Assert.Contains(report, r => r.Name.StartsWith("loader: RemoveEntities", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Linter_ReportsOldSyntax_SoTheCheckIsReal()
    {
        var report = await LintAsync([("legacy", Neo4jCypher.LegacySchema[0]), ("exists", "MATCH (n) WHERE exists(n.key) RETURN n")]);

        Assert.All(report, r => Assert.Contains(r.Diagnostics, d => !d.Parameter));
    }

    private static bool HasCode(string part) =>
        part.Split('\n').Select(l => l.Trim()).Any(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal));

    private static async Task<List<LintResult>> LintAsync(IReadOnlyList<(string Name, string Cypher)> statements)
    {
        var psi = new ProcessStartInfo("node", [Path.Combine(TestServerScript.RepositoryRoot, "scripts", "cypher-lint.mjs")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot run node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(statements.Select(s => new { name = s.Name, cypher = s.Cypher })));
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"cypher-lint.mjs failed: {await stderr}");
        return JsonSerializer.Deserialize<List<LintResult>>(await stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private sealed record LintResult(string Name, List<LintDiagnostic> Diagnostics);

    private sealed record LintDiagnostic(string Message, string Severity, int Line, int Character, bool Parameter);
}
