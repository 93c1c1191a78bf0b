using System.Security.Cryptography;
using System.Text.Json;
using KnowledgeGraph.Extraction;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Loads <see cref="DocumentExtraction"/>s into Neo4j, idempotently. A document is the unit of change: loading
/// it again with the same extraction is skipped; a new extraction of it, or a new text at the same path, replaces
/// what it contributed before; <see cref="RemoveDocumentAsync"/> takes its contribution out. Nodes and
/// relationships shared with other documents keep the other documents' sources, evidence and aliases.
/// </summary>
public sealed class Neo4jGraphLoader
{
    private readonly INeo4jClient _client;
    private readonly Neo4jOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public Neo4jGraphLoader(INeo4jClient client, Neo4jOptions options, ILogger<Neo4jGraphLoader>? logger = null, TimeProvider? time = null)
    {
        _client = client;
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Creates the uniqueness constraints on <c>key</c> (Company, Person, Deal, Document) and an index on Document.path, in the syntax of the server's version.</summary>
    public async Task EnsureSchemaAsync(CancellationToken ct = default)
    {
        var info = await _client.GetServerInfoAsync(ct);
        var statements = info.SupportsModernSchemaSyntax ? Neo4jCypher.ModernSchema : Neo4jCypher.LegacySchema;
        foreach (var statement in statements)
        {
            try
            {
                // One request per schema statement: 3.x refuses schema and data changes in one transaction.
                await _client.RunAsync(statement, ct: ct);
            }
            catch (Neo4jException ex) when (ex.Code is "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists"
                                              or "Neo.ClientError.Schema.ConstraintAlreadyExists"
                                              or "Neo.ClientError.Schema.IndexAlreadyExists")
            {
                // 4.0-4.3 without IF NOT EXISTS: already there is what we want.
            }
        }
    }

    /// <summary>
    /// Loads <paramref name="documents"/> in order, <see cref="Neo4jOptions.DocumentsPerTransaction"/> per transaction.
    /// When a later transaction fails, the earlier ones stay committed and the exception says how many documents were loaded.
    /// </summary>
    public async Task LoadAsync(IReadOnlyList<DocumentExtraction> documents, CancellationToken ct = default)
    {
        // The last version of a path or a text wins, as when the documents are loaded one by one.
        var latestDocs = documents
            .Select((d, i) => (Doc: d, Index: i))
            .GroupBy(x => x.Doc.Path, StringComparer.Ordinal).Select(g => g.Last())
            .GroupBy(x => x.Doc.Key, StringComparer.Ordinal).Select(g => g.Last())
            .OrderBy(x => x.Index)
            .Select(x => x.Doc)
            .ToList();
        // The server only looks up what is stored meanwhile: hash on every core (a bulk load's 6,000 documents
        // took 0.2-0.8 s on one).
        var storedLookup = StoredDocumentsAsync(latestDocs, ct);
        var hashes = new string[latestDocs.Count];
        Parallel.For(0, latestDocs.Count, new ParallelOptions { CancellationToken = ct }, i => hashes[i] = ExtractionHash(latestDocs[i]));
        var latest = latestDocs.Select((d, i) => (Doc: d, Hash: hashes[i])).ToList();
        var stored = await storedLookup;
        var changed = latest.Where(x => !(stored.TryGetValue(x.Doc.Key, out var s) && s.Hash == x.Hash && s.AtPath == x.Doc.Key)).ToList();
        if (changed.Count < latest.Count)
        {
            _logger.LogInformation("{Count} documents are already loaded with the same extraction", latest.Count - changed.Count);
        }

        var batches = changed.Chunk(_options.DocumentsPerTransaction).ToList();
        var loaded = 0;
        // The first transaction's plan is built while its request body is streamed (the server runs its first
        // statements meanwhile); each later one is built on another core while the server runs the one before.
        var next = batches.Count > 0 ? Task.FromResult(Plan(batches[0], stored, materialize: false)) : null;
        for (var i = 0; next is not null; i++)
        {
            var prepared = await next;
            next = i + 1 < batches.Count ? PrepareAsync(batches[i + 1], stored, ct) : null;
            try
            {
                await (_client is Neo4jHttpClient http
                    ? http.StreamInTransactionAsync(prepared.Statements, ct)
                    : _client.RunInTransactionAsync(prepared.Statements as IReadOnlyList<Neo4jStatement> ?? prepared.Statements.ToList(), ct));
            }
            catch (Neo4jException ex) when (loaded > 0)
            {
                await Settle(next);
                throw new Neo4jException(ex.Code, $"{loaded} of {changed.Count} documents were loaded before a batch failed: {ex.Message}", ex);
            }
            catch
            {
                await Settle(next);
                throw;
            }

            loaded += prepared.Documents;
            _logger.LogInformation("Loaded {Loaded}/{Total} documents ({Nodes} node rows, {Relationships} relationship rows)",
                loaded, changed.Count, prepared.Plan.NodeRows, prepared.Plan.RelationshipRows);
        }
    }

    private Task<PreparedBatch> PrepareAsync((DocumentExtraction Doc, string Hash)[] batch, Dictionary<string, StoredDocument> stored, CancellationToken ct) =>
        Task.Run(() => Plan(batch, stored, materialize: true), ct);

    private PreparedBatch Plan((DocumentExtraction Doc, string Hash)[] batch, Dictionary<string, StoredDocument> stored, bool materialize)
    {
        var now = _time.GetUtcNow();
        // Removal statements only when something of the batch is stored: a first load just appends.
        var plan = new LoadPlan
        {
            ReplacesStoredDocuments = batch.Any(x => stored.TryGetValue(x.Doc.Key, out var s) && (s.Stored || s.AtPath is not null)),
        };
        foreach (var (doc, hash) in batch)
        {
            plan.Add(doc, hash, now);
        }

        var statements = plan.Statements(_options.BatchSize);
        return new PreparedBatch(plan, materialize ? statements.ToList() : statements, batch.Length);
    }

    // A batch prepared in the background when an earlier one failed: wait for it, so no work outlives the call.
    private static async Task Settle(Task<PreparedBatch>? next)
    {
        if (next is not null)
        {
            await next.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Removes what the document at <paramref name="pathOrKey"/> (a path as loaded, or a document key) contributed. False when no such document is loaded.</summary>
    public async Task<bool> RemoveDocumentAsync(string pathOrKey, CancellationToken ct = default)
    {
        var found = await _client.RunAsync(Neo4jCypher.FindDocument, new Dictionary<string, object?> { ["value"] = pathOrKey }, ct);
        if (found.Rows.Count == 0)
        {
            return false;
        }

        var parameters = new Dictionary<string, object?>
        {
            ["keys"] = found.Rows.Select(r => r[0].GetString()).ToList(),
            ["paths"] = Array.Empty<string>(),
            ["keep"] = Array.Empty<string>(),
            ["sep"] = Neo4jCypher.Separator,
        };
        await _client.RunInTransactionAsync(Neo4jCypher.Removal.Select(c => new Neo4jStatement(c, parameters)).ToList(), ct);
        _logger.LogInformation("Removed document {Document}", pathOrKey);
        return true;
    }

    private async Task<Dictionary<string, StoredDocument>> StoredDocumentsAsync(IReadOnlyList<DocumentExtraction> docs, CancellationToken ct)
    {
        var stored = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        foreach (var chunk in docs.Chunk(1000))
        {
            var rows = chunk.Select(d => new Dictionary<string, object?> { ["key"] = d.Key, ["path"] = d.Path }).ToList();
            var result = await _client.RunAsync(Neo4jCypher.StoredDocuments, new Dictionary<string, object?> { ["docs"] = rows }, ct);
            foreach (var row in result.Rows)
            {
                stored[row[0].GetString()!] = new StoredDocument(
                    row[1].ValueKind == JsonValueKind.String,
                    row[2].ValueKind == JsonValueKind.String ? row[2].GetString() : null,
                    row[3].ValueKind == JsonValueKind.String ? row[3].GetString() : null);
            }
        }

        return stored;
    }

    // Fingerprint of everything the document contributes, so an unchanged document is not written again.
    internal static string ExtractionHash(DocumentExtraction doc) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(doc)));

    /// <summary>What the graph holds for a document about to be loaded: its node (by key), extraction hash, and the key of the document at its path.</summary>
    private sealed record StoredDocument(bool Stored, string? Hash, string? AtPath);

    /// <summary>One transaction to send: its plan, its statements (built already, or as they are enumerated) and its documents.</summary>
    private sealed record PreparedBatch(LoadPlan Plan, IEnumerable<Neo4jStatement> Statements, int Documents);
}
