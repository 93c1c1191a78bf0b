using System.Security.Cryptography;
using System.Text.Json.Nodes;
using KnowledgeGraph.Worker.Tests.Support;

namespace KnowledgeGraph.Worker.Tests.Hosting;

public sealed class ShutdownTests : IDisposable
{
    private const int Files = 1500;
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Sigterm_MidRun_ExitsZeroWithWholeOutputsAndAConsistentLedger()
    {
        for (var i = 0; i < Files; i++)
        {
            _temp.Write($"inbox/{i:D4}.txt", $"Article {i}: Nvidia invests in company number {i}, which buys Nvidia chips.\nSecond line {i}.");
        }

        using (var worker = ChildWorker.Start(_temp.Path, null, "watch", "inbox", "--out", "out"))
        {
            await worker.WaitForErrorTextAsync("Processed inbox/0010.txt", TimeSpan.FromSeconds(60));
            worker.Terminate();
            Assert.Equal(0, await worker.WaitAsync(TimeSpan.FromSeconds(60)));
            Assert.Contains("Stopping", worker.StandardError, StringComparison.Ordinal);
        }

        var output = _temp.Combine("out");
        Assert.Empty(Directory.GetFiles(output, "*.partial", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));

        // Every ledger entry is a file of the inbox with that content, and its extraction is stored.
        var entries = OutputFolder.LedgerEntries(output);
        Assert.InRange(entries.Count, 11, Files - 1);
        foreach (var entry in entries)
        {
            var path = (string)entry!["path"]!;
            var hash = (string)entry["contentHash"]!;
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(_temp.Combine("inbox", path)))));
            Assert.NotNull(JsonNode.Parse(File.ReadAllText(Path.Combine(output, "documents", hash + ".json"))));
        }

        // The outputs are whole and agree with the ledger.
        Assert.Equal(entries.Count, OutputFolder.DocumentFileNames(output).Count);
        Assert.StartsWith("// KnowledgeGraph:", File.ReadAllText(Path.Combine(output, "graph.cypher")), StringComparison.Ordinal);
        Assert.StartsWith("# Knowledge graph report", File.ReadAllText(Path.Combine(output, "report.md")), StringComparison.Ordinal);

        // A restart picks up from the ledger: it starts from what was recorded and processes the rest.
        using (var worker = ChildWorker.Start(_temp.Path, null, "watch", "inbox", "--out", "out"))
        {
            await worker.WaitForErrorTextAsync($"{entries.Count} documents already processed", TimeSpan.FromSeconds(60));
            await worker.WaitForErrorTextAsync($"Wrote {output}", TimeSpan.FromSeconds(120));
            worker.Terminate();
            Assert.Equal(0, await worker.WaitAsync(TimeSpan.FromSeconds(60)));
            Assert.DoesNotContain("Processed inbox/0000.txt", worker.StandardError, StringComparison.Ordinal);
        }

        Assert.Equal(Files, OutputFolder.LedgerEntries(output).Count);
        Assert.Equal(Files, OutputFolder.DocumentFileNames(output).Count);
    }

    [Fact]
    public async Task CtrlC_DuringIngest_WritesTheGraphOfTheDocumentsDone_AndExitsZero()
    {
        for (var i = 0; i < Files; i++)
        {
            _temp.Write($"in/{i:D4}.txt", $"Article {i}: Amazon invests in company number {i}.");
        }

        using var worker = ChildWorker.Start(_temp.Path, null, "ingest", "in");
        await worker.WaitForErrorTextAsync("Processed in/0010.txt", TimeSpan.FromSeconds(60));
        worker.Terminate("INT");

        Assert.Equal(0, await worker.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Stopping after", worker.StandardError, StringComparison.Ordinal);
        var processed = worker.StandardError.Split('\n').Count(l => l.Contains("Processed in/", StringComparison.Ordinal));
        Assert.InRange(processed, 11, Files - 1);
        Assert.Equal(processed, OutputFolder.DocumentFileNames(_temp.Combine("out")).Count);
        Assert.Empty(Directory.GetFiles(_temp.Combine("out"), "*.partial"));
        Assert.Empty(Directory.GetFiles(_temp.Combine("out"), "*.tmp"));
    }

    public void Dispose() => _temp.Dispose();
}
