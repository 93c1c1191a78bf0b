using KnowledgeGraph.Worker.Tests.Support;

namespace KnowledgeGraph.Worker.Tests.Loading;

[Collection(WorkerNeo4jCollection.Name)]
public sealed class Neo4jIngestTests(WorkerNeo4jServer server) : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Ingest_WithNeo4jUri_LoadsTheSamples_Idempotently_AndNeverLogsThePassword()
    {
        await server.WipeAsync();

        var first = await ChildWorker.RunAsync(_temp.Path, server.Environment(), "ingest", Repo.Samples);
        Assert.True(first.Code == 0, first.Err);
        Assert.Contains("Loaded 6 documents into Neo4j at", first.Err, StringComparison.Ordinal);
        Assert.Equal(6, await server.CountAsync("MATCH (d:Document) RETURN count(d)"));
        Assert.Equal(100_000_000_000, await server.CountAsync(
            "MATCH (:Company {key: 'nvidia'})-[r:INVESTS_IN]->(:Company {key: 'openai'}) RETURN toInteger(r.amountUsd)"));
        var nodes = await server.CountAsync("MATCH (n) RETURN count(n)");
        var relationships = await server.CountAsync("MATCH ()-[r]->() RETURN count(r)");

        // Again: nothing changes in the database.
        var second = await ChildWorker.RunAsync(_temp.Path, server.Environment(), "ingest", Repo.Samples);
        Assert.Equal(0, second.Code);
        Assert.Equal(nodes, await server.CountAsync("MATCH (n) RETURN count(n)"));
        Assert.Equal(relationships, await server.CountAsync("MATCH ()-[r]->() RETURN count(r)"));

        // cycles: from Neo4j when configured, in process otherwise; the same loops in the same order, printed alike.
        var fromNeo4j = await ChildWorker.RunAsync(_temp.Path, server.Environment(), "cycles", "--max-length", "4");
        var inProcess = await ChildWorker.RunAsync(_temp.Path, null, "cycles", Repo.Samples, "--max-length", "4");
        Assert.True(fromNeo4j.Code == 0, fromNeo4j.Err);
        Assert.Contains("Loop 1: Nvidia -> OpenAI -> Nvidia", fromNeo4j.Out, StringComparison.Ordinal);
        Assert.Equal(inProcess.Out, fromNeo4j.Out);

        // A wrong password fails the load with a clear line, and the exit code says so (the local output is still written).
        var wrong = server.Environment();
        wrong["KG__Neo4j__Password"] = "wrong-" + server.Password;
        var denied = await ChildWorker.RunAsync(_temp.Path, wrong, "ingest", Repo.Samples);
        Assert.Equal(1, denied.Code);
        Assert.Contains("failed", denied.Err, StringComparison.Ordinal);

        var logs = string.Concat(Directory.GetFiles(_temp.Combine("logs")).Select(File.ReadAllText));
        foreach (var text in new[] { first.Out, first.Err, second.Out, second.Err, denied.Out, denied.Err, logs })
        {
            Assert.DoesNotContain(server.Password, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Watch_WithNeo4jUri_LoadsNewFiles_AndRemovesDeletedOnes()
    {
        await server.WipeAsync();
        File.Copy(Path.Combine(Repo.Samples, "amazon-anthropic.txt"), _temp.Combine("amazon-anthropic.txt"));
        Directory.CreateDirectory(_temp.Combine("inbox"));
        File.Move(_temp.Combine("amazon-anthropic.txt"), _temp.Combine("inbox", "amazon-anthropic.txt"));

        using var worker = ChildWorker.Start(_temp.Path, server.Environment(), "watch", "inbox", "--Worker:RescanSeconds=0.5", "--Worker:DebounceMilliseconds=50");
        await OutputFolder.WaitUntilAsync(() => server.CountAsync("MATCH (d:Document) RETURN count(d)").Result == 1, TimeSpan.FromSeconds(60));
        File.Copy(Path.Combine(Repo.Samples, "microsoft-g42.txt"), _temp.Combine("inbox", "microsoft-g42.txt"));
        await OutputFolder.WaitUntilAsync(() => server.CountAsync("MATCH (d:Document) RETURN count(d)").Result == 2, TimeSpan.FromSeconds(60));
        File.Delete(_temp.Combine("inbox", "amazon-anthropic.txt"));
        await OutputFolder.WaitUntilAsync(() => server.CountAsync("MATCH (d:Document) RETURN count(d)").Result == 1, TimeSpan.FromSeconds(60));
        worker.Terminate();
        Assert.Equal(0, await worker.WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(0, await server.CountAsync("MATCH (:Company {key: 'amazon'})-[r:INVESTS_IN]->() RETURN count(r)"));
        Assert.Equal(1, await server.CountAsync("MATCH (:Company {key: 'microsoft'})-[r:INVESTS_IN]->(:Company {key: 'g42'}) RETURN count(r)"));
    }

    [Fact]
    public async Task Watch_WhileNeo4jIsDown_CatchesUpAfterARestart_WithoutReadingTheFilesAgain()
    {
        await server.WipeAsync();
        Directory.CreateDirectory(_temp.Combine("inbox"));
        File.Copy(Path.Combine(Repo.Samples, "microsoft-g42.txt"), _temp.Combine("inbox", "microsoft-g42.txt"));
        var down = new Dictionary<string, string> { ["KG__Neo4j__Uri"] = "http://127.0.0.1:9", ["KG__Neo4j__MaxRetryAttempts"] = "0" };

        using (var worker = ChildWorker.Start(_temp.Path, down, "watch", "inbox"))
        {
            await worker.WaitForErrorTextAsync("will retry at the next scan", TimeSpan.FromSeconds(60));
            worker.Terminate();
            Assert.Equal(0, await worker.WaitAsync(TimeSpan.FromSeconds(60)));
        }

        Assert.False((bool)OutputFolder.LedgerEntries(_temp.Combine("out")).Single()!["loaded"]!);

        using (var worker = ChildWorker.Start(_temp.Path, server.Environment(), "watch", "inbox"))
        {
            await worker.WaitForErrorTextAsync("Loaded 1 documents into Neo4j", TimeSpan.FromSeconds(60));
            worker.Terminate();
            Assert.Equal(0, await worker.WaitAsync(TimeSpan.FromSeconds(60)));
            Assert.DoesNotContain("Processed inbox/", worker.StandardError, StringComparison.Ordinal);
        }

        Assert.True((bool)OutputFolder.LedgerEntries(_temp.Combine("out")).Single()!["loaded"]!);
        Assert.Equal(1, await server.CountAsync("MATCH (:Company {key: 'microsoft'})-[r:INVESTS_IN]->(:Company {key: 'g42'}) RETURN count(r)"));
    }

    public void Dispose() => _temp.Dispose();
}
