using System.Security.Cryptography;
using KnowledgeGraph.Documents;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Worker.Processing;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker.Watching;

/// <summary>
/// Brings the graph in line with a folder: processes new and changed files, drops removed ones, then rewrites the
/// outputs. Order of writes per document: stored extraction, (database), ledger — so the ledger never claims a
/// document whose extraction is not stored, and a stop between documents leaves everything consistent.
/// </summary>
internal sealed class FolderSync(
    string folder,
    string outputFolder,
    DocumentProcessor processor,
    GraphOutputs outputs,
    IGraphSink sink,
    int loadBatch,
    TimeProvider time,
    ILogger log)
{
    private static readonly TimeSpan SaveEvery = TimeSpan.FromSeconds(2);

    private readonly string _root = Path.GetFullPath(folder);
    private readonly string _out = Path.GetFullPath(outputFolder);
    private readonly ExtractionStore _store = new(outputFolder);
    private readonly Dictionary<string, DocumentExtraction> _documents = new(StringComparer.Ordinal);
    private readonly List<DocumentExtraction> _pendingLoad = [];
    private readonly List<LedgerEntry> _pendingEntries = [];
    private Ledger _ledger = new();
    private bool _outputsStale = true;
    private bool _databaseBehind;
    private bool _ledgerDirty;
    private long _lastSave;

    public IReadOnlyCollection<LedgerEntry> Entries => _ledger.Entries;

    /// <summary>Reads the ledger and the stored extractions; entries whose extraction is missing are dropped, so they are processed again.</summary>
    public void Open()
    {
        Directory.CreateDirectory(_out);
        _ledger = Ledger.Load(_out);
        foreach (var entry in _ledger.Entries.ToList())
        {
            if (entry.Error is not null)
            {
                continue;
            }

            if (_store.TryLoad(entry.ContentHash) is { } extraction)
            {
                _documents[entry.Path] = extraction;
            }
            else
            {
                _ledger.Remove(entry.Path);
            }
        }

        _databaseBehind = sink.IsEnabled && _ledger.Entries.Any(e => e.Error is null && !e.Loaded);
        log.LogInformation("Ledger in {Folder}: {Documents} documents already processed{Behind}", outputFolder, _documents.Count,
            _databaseBehind ? $", some not yet in {sink.Description}" : "");
    }

    /// <summary>One pass over the folder. Returns the number of files processed or removed.</summary>
    public async Task<int> SyncAsync(CancellationToken stoppingToken)
    {
        var (changed, removed) = Scan();
        var work = 0;
        foreach (var path in removed)
        {
            _ledger.Remove(path);
            _ledgerDirty = true;
            if (_documents.Remove(path, out var gone))
            {
                await RemoveFromDatabaseAsync(gone.Key);
            }

            log.LogInformation("Removed {Path}: the file is gone", path);
            work++;
        }

        foreach (var (path, hash) in changed)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                log.LogInformation("Stopping: {Left} new or changed files left for the next run", changed.Count - (work - removed.Count));
                break;
            }

            await ProcessAsync(path, hash);
            work++;
            if (_pendingEntries.Count >= loadBatch || time.GetElapsedTime(_lastSave) >= SaveEvery)
            {
                await FlushAsync();
            }
        }

        await FlushAsync();
        if (work > 0 || _outputsStale)
        {
            _store.Prune(_ledger.Entries.Select(e => e.ContentHash));
            var (graph, loops) = outputs.Build(_documents.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Value));
            outputs.Write(_out, graph, loops);
            _outputsStale = false;
        }

        return work;
    }

    private async Task ProcessAsync(string path, string hash)
    {
        var full = Path.Combine(_root, path);
        var info = new FileInfo(full);
        var outcome = processor.Process(Path.Join(folder, path));
        var now = time.GetUtcNow();
        if (outcome.Extraction is { } extraction)
        {
            _store.Save(hash, extraction);
            if (_documents.TryGetValue(path, out var before) && before.Key != extraction.Key)
            {
                // The file changed: what the old text contributed goes before the new text is loaded.
                await RemoveFromDatabaseAsync(before.Key);
            }

            _documents[path] = extraction;
            _pendingLoad.Add(extraction);
            _pendingEntries.Add(new LedgerEntry(path, hash, info.Length, info.LastWriteTimeUtc, now, extraction.Key,
                extraction.Entities.Count, extraction.Relations.Count, extraction.Deals.Count, null));
        }
        else
        {
            if (_documents.Remove(path, out var before))
            {
                await RemoveFromDatabaseAsync(before.Key);
            }

            _pendingEntries.Add(new LedgerEntry(path, hash, info.Length, info.LastWriteTimeUtc, now, null, 0, 0, 0, outcome.Error));
        }
    }

    /// <summary>Loads the pending documents (when a database is configured), then records them in the ledger.</summary>
    private async Task FlushAsync()
    {
        var loaded = false;
        if (sink.IsEnabled && (_pendingLoad.Count > 0 || _databaseBehind))
        {
            var catchUp = _databaseBehind;
            IReadOnlyList<DocumentExtraction> batch = catchUp ? [.. _documents.Values] : [.. _pendingLoad];
            try
            {
                // The batch in hand is finished even when stopping.
                await sink.LoadAsync(batch, CancellationToken.None);
                loaded = true;
                _databaseBehind = false;
                log.LogInformation("Loaded {Documents} documents into {Database}", batch.Count, sink.Description);
                if (catchUp)
                {
                    MarkAllLoaded();
                }
            }
            catch (Exception ex)
            {
                _databaseBehind = true;
                log.LogError("Loading {Documents} documents into {Database} failed, will retry at the next scan: {Error}", batch.Count, sink.Description, ex.Message);
            }
        }

        _pendingLoad.Clear();
        foreach (var entry in _pendingEntries)
        {
            // New entries start unloaded; touched ones keep their state (when the database was behind, this load caught it up).
            _ledger.Set(entry.DocumentKey is null ? entry : entry with { Loaded = entry.Loaded || loaded });
        }

        if (_pendingEntries.Count > 0 || _ledgerDirty || _lastSave == 0)
        {
            _ledger.Save(_out);
            _ledgerDirty = false;
        }

        _pendingEntries.Clear();
        _lastSave = time.GetTimestamp();
    }

    private void MarkAllLoaded()
    {
        foreach (var entry in _ledger.Entries.Where(e => e.Error is null && !e.Loaded).ToList())
        {
            _ledger.Set(entry with { Loaded = true });
            _ledgerDirty = true;
        }
    }

    private async Task RemoveFromDatabaseAsync(string documentKey)
    {
        if (!sink.IsEnabled)
        {
            return;
        }

        try
        {
            await sink.RemoveAsync(documentKey, CancellationToken.None);
        }
        catch (Exception ex)
        {
            log.LogError("Removing document {Key} from {Database} failed: {Error}", documentKey, sink.Description, ex.Message);
        }
    }

    /// <summary>New or changed files (relative path, content hash) and ledger paths whose file is gone.</summary>
    private (List<(string Path, string Hash)> Changed, List<string> Removed) Scan()
    {
        var changed = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in DocumentReader.Expand([_root]))
        {
            if (file.StartsWith(_out + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var path = Path.GetRelativePath(_root, file).Replace('\\', '/');
            seen.Add(path);
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                continue;
            }

            var known = _ledger.TryGet(path, out var entry);
            if (known && entry.Length == info.Length && entry.LastWriteUtc == info.LastWriteTimeUtc)
            {
                continue;
            }

            if (Hash(file) is not { } hash)
            {
                continue;
            }

            if (known && entry.ContentHash == hash)
            {
                // Touched, not changed: remember the new time so the next scan skips it without hashing.
                _pendingEntries.Add(entry with { Length = info.Length, LastWriteUtc = info.LastWriteTimeUtc });
                continue;
            }

            changed.Add((path, hash));
        }

        var removed = _ledger.Entries.Select(e => e.Path).Where(p => !seen.Contains(p) && !File.Exists(Path.Combine(_root, p))).ToList();
        return (changed, removed);
    }

    private static string? Hash(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (IOException)
        {
            // Vanished or still locked by its writer: the next scan sees it again.
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
