namespace KnowledgeGraph.Worker.Watching;

/// <summary>
/// One file the watcher has dealt with. <see cref="DocumentKey"/> is null (and <see cref="Error"/> set) when the
/// file could not be read; it is tried again only when its content changes.
/// </summary>
/// <param name="Path">Relative to the watched folder, with '/' separators.</param>
/// <param name="ContentHash">SHA-256 of the file's bytes.</param>
/// <param name="Loaded">True once the graph database (when one is configured) has committed the document; a restart
/// loads the documents still false, so a database that was down catches up.</param>
internal sealed record LedgerEntry(
    string Path,
    string ContentHash,
    long Length,
    DateTime LastWriteUtc,
    DateTimeOffset ProcessedAt,
    string? DocumentKey,
    int Entities,
    int Relations,
    int Deals,
    string? Error,
    bool Loaded = false);
