using KnowledgeGraph.Worker.Tests.Support;

namespace KnowledgeGraph.Worker.Tests.Commands;

/// <summary>The README's main command (<c>ingest samples</c> on the embedded default) as a new user runs it.</summary>
public sealed class QuickStartTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task IngestSamples_PrintsTheLoops_AndWritesTheOutputFolder()
    {
        var (code, stdout, stderr) = await ChildWorker.RunAsync(_temp.Path, null, "ingest", Repo.Samples);

        Assert.True(code == 0, stderr);
        Assert.Contains("6 documents read", stdout, StringComparison.Ordinal);
        Assert.Contains("Loop 1: Nvidia -> OpenAI -> Nvidia", stdout, StringComparison.Ordinal);
        Assert.Contains("Amazon -> Anthropic -> Amazon", stdout, StringComparison.Ordinal);
        Assert.Contains("Microsoft -> OpenAI -> Microsoft", stdout, StringComparison.Ordinal);
        Assert.All(["graph.json", "graph.cypher", "report.md", "graph.html"], f => Assert.True(File.Exists(_temp.Combine("out", f)), f));
        Assert.Contains("## Circular financing (", File.ReadAllText(_temp.Combine("out", "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Samples_AreArabicAndEnglish_TextAndHtml()
    {
        var files = Directory.GetFiles(Repo.Samples);
        var texts = files.Select(File.ReadAllText).ToList();

        Assert.Contains(files, f => f.EndsWith(".html", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".txt", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Any(c => c is >= '\u0600' and <= '\u06FF'));
        Assert.Contains(texts, t => !t.Any(c => c is >= '\u0600' and <= '\u06FF'));
    }

    [Fact]
    public async Task Cycles_OnTheSamples_InProcess_FiltersByCompanyAndAmount()
    {
        var worker = new InProcessWorker(_temp.Combine("logs"));

        Assert.Equal(0, await worker.RunAsync(["cycles", Repo.Samples, "--company", "Amazon", "--min-amount", "1bn"]));

        Assert.Contains("Amazon -> Anthropic -> Amazon", worker.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Nvidia -> OpenAI", worker.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WritesTheNamedFiles()
    {
        var worker = new InProcessWorker(_temp.Combine("logs"));
        string[] files = [_temp.Combine("g.html"), _temp.Combine("g.json"), _temp.Combine("g.cypher")];

        Assert.Equal(0, await worker.RunAsync(["export", Repo.Samples, "--html", files[0], "--json", files[1], "--cypher", files[2]]));

        Assert.All(files, f => Assert.True(new FileInfo(f).Length > 0, f));
        Assert.Contains("MERGE (a)-[r:INVESTS_IN]->(b)", File.ReadAllText(files[2]), StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
