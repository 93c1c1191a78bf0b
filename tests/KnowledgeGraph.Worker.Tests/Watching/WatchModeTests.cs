using KnowledgeGraph.Worker.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Worker.Tests.Watching;

public sealed class WatchModeTests : IDisposable
{
    private static readonly DateTimeOffset FirstRun = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondRun = new(2026, 1, 6, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Watch_FilesDroppedWhileRunningAndWhileDown_AreEachProcessedOnce()
    {
        var inbox = _temp.Combine("inbox");
        var output = _temp.Combine("out");
        _temp.Write("inbox/a.txt", "Nvidia invests in OpenAI.\nOpenAI buys chips from Nvidia.");
        _temp.Write("inbox/b.txt", "أعلنت شركة أمازون استثمارا جديدا في أنثروبيك.");
        string[] args = ["watch", inbox, "--out", output, "--Worker:RescanSeconds=5", "--Worker:DebounceMilliseconds=100"];

        // First run: what is there, then a file dropped while it watches.
        var clock = new FakeTimeProvider(FirstRun);
        using (var stop = new CancellationTokenSource())
        {
            var run = new InProcessWorker(_temp.Combine("logs"), clock).RunAsync(args, stop.Token);
            await OutputFolder.WaitUntilAsync(() => OutputFolder.DocumentFileNames(output).Count == 2, TimeSpan.FromSeconds(30));
            _temp.Write("inbox/sub/c.md", "Microsoft buys capacity from CoreWeave.");
            await OutputFolder.WaitUntilAsync(
                () => OutputFolder.DocumentFileNames(output).SequenceEqual(["a.txt", "b.txt", "c.md"]),
                TimeSpan.FromSeconds(30),
                tick: () => clock.Advance(TimeSpan.FromSeconds(1)));
            await stop.CancelAsync();
            Assert.Equal(0, await run);
        }

        // While it is down: one new file; the others stay as they were.
        _temp.Write("inbox/d.txt", "SoftBank invests in OpenAI.");

        // Second run, a day later: only d.txt is processed, and the graph holds all four.
        var later = new FakeTimeProvider(SecondRun);
        using (var stop = new CancellationTokenSource())
        {
            var run = new InProcessWorker(_temp.Combine("logs"), later).RunAsync(args, stop.Token);
            await OutputFolder.WaitUntilAsync(() => OutputFolder.DocumentFileNames(output).Count == 4, TimeSpan.FromSeconds(30));
            await stop.CancelAsync();
            Assert.Equal(0, await run);
        }

        Assert.Equal(["a.txt", "b.txt", "d.txt", "sub/c.md"], OutputFolder.LedgerEntries(output).Select(e => (string)e!["path"]!).Order(StringComparer.Ordinal));
        var processedAt = OutputFolder.LedgerEntries(output).ToDictionary(e => (string)e!["path"]!, e => DateTimeOffset.Parse((string)e!["processedAt"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(["a.txt", "b.txt", "sub/c.md"], p => Assert.True(processedAt[p] < SecondRun, $"{p} was processed again"));
        Assert.True(processedAt["d.txt"] >= SecondRun);
    }

    [Fact]
    public async Task Watch_ChangedAndDeletedFiles_ReplaceAndLeaveTheGraph()
    {
        var inbox = _temp.Combine("inbox");
        var output = _temp.Combine("out");
        _temp.Write("inbox/a.txt", "First version of the article.");
        _temp.Write("inbox/b.txt", "Another article.");
        var clock = new FakeTimeProvider(FirstRun);
        using var stop = new CancellationTokenSource();
        var run = new InProcessWorker(_temp.Combine("logs"), clock)
            .RunAsync(["watch", inbox, "--out", output, "--Worker:RescanSeconds=2", "--Worker:DebounceMilliseconds=50"], stop.Token);
        await OutputFolder.WaitUntilAsync(() => OutputFolder.DocumentFileNames(output).Count == 2, TimeSpan.FromSeconds(30));
        var firstHash = OutputFolder.LedgerEntries(output).Single(e => (string)e!["path"]! == "a.txt")!["contentHash"]!.ToString();

        _temp.Write("inbox/a.txt", "Second version of the article, longer than the first.");
        File.Delete(_temp.Combine("inbox", "b.txt"));
        await OutputFolder.WaitUntilAsync(
            () => OutputFolder.DocumentFileNames(output).SequenceEqual(["a.txt"])
                && OutputFolder.LedgerEntries(output).Single()!["contentHash"]!.ToString() != firstHash,
            TimeSpan.FromSeconds(30),
            tick: () => clock.Advance(TimeSpan.FromSeconds(1)));
        await stop.CancelAsync();
        Assert.Equal(0, await run);

        // The stored extractions follow the ledger: one file, the new content's.
        Assert.Single(Directory.GetFiles(Path.Combine(output, "documents")));
    }

    public void Dispose() => _temp.Dispose();
}
