using KnowledgeGraph.Worker.Cli;
using KnowledgeGraph.Worker.Options;
using KnowledgeGraph.Worker.Processing;
using KnowledgeGraph.Worker.Watching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Commands;

/// <summary>
/// <c>watch FOLDER [--out DIR]</c>: ingests what is there, then every new or changed file, woken by a file
/// watcher and by a periodic rescan (watchers miss events). The ledger in the output folder survives restarts.
/// </summary>
internal sealed class WatchCommand(
    DocumentProcessor processor,
    GraphOutputs outputs,
    IGraphSink sink,
    IOptions<WorkerOptions> options,
    TimeProvider time,
    ILoggerFactory loggers) : IWorkerCommand
{
    private readonly ILogger _log = loggers.CreateLogger<WatchCommand>();

    public async Task<int> RunAsync(WorkerCommand command, CancellationToken stoppingToken)
    {
        var folder = command.Inputs[0];
        if (!Directory.Exists(folder))
        {
            _log.LogError("Cannot watch {Folder}: no such folder", folder);
            return 1;
        }

        var o = options.Value;
        var output = command.OutputFolder ?? o.OutputFolder;
        var sync = new FolderSync(folder, output, processor, outputs, sink, o.LoadBatchDocuments, time, loggers.CreateLogger<FolderSync>());
        sync.Open();

        using var wake = new SemaphoreSlim(0, 1);
        using var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Wake()
        {
            try
            {
                wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already awake: one scan covers every event.
            }
        }

        watcher.Created += (_, _) => Wake();
        watcher.Changed += (_, _) => Wake();
        watcher.Deleted += (_, _) => Wake();
        watcher.Renamed += (_, _) => Wake();
        watcher.Error += (_, e) =>
        {
            _log.LogWarning("File watcher error, relying on the rescan: {Error}", e.GetException().Message);
            Wake();
        };
        watcher.EnableRaisingEvents = true;

        var rescan = TimeSpan.FromSeconds(o.RescanSeconds);
        var debounce = TimeSpan.FromMilliseconds(o.DebounceMilliseconds);
        _log.LogInformation("Watching {Folder} (rescan every {Rescan}), output in {Output}{Database}",
            folder, rescan, output, sink.IsEnabled ? $", loading into {sink.Description}" : "");
        await SyncAsync(sync, folder, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await WaitAsync(wake, rescan, stoppingToken))
                {
                    await Task.Delay(debounce, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            await SyncAsync(sync, folder, stoppingToken);
        }

        _log.LogInformation("Stopped watching {Folder}: {Documents} files in the ledger", folder, sync.Entries.Count);
        return 0;
    }

    /// <summary>A failed pass (folder gone, disk full) is logged; the next event or rescan tries again.</summary>
    private async Task SyncAsync(FolderSync sync, string folder, CancellationToken stoppingToken)
    {
        try
        {
            await sync.SyncAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _log.LogError("Pass over {Folder} failed, will retry: {Error}", folder, ex.Message);
        }
    }

    /// <summary>Waits for a file event (true) or the rescan interval (false).</summary>
    private async Task<bool> WaitAsync(SemaphoreSlim wake, TimeSpan rescan, CancellationToken stoppingToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var woken = wake.WaitAsync(cts.Token);
        var elapsed = Task.Delay(rescan, time, cts.Token);
        var first = await Task.WhenAny(woken, elapsed);
        await cts.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
        return first == woken && woken.IsCompletedSuccessfully;
    }
}
