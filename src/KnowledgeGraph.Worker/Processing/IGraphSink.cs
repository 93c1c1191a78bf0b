using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Worker.Processing;

/// <summary>A graph database that documents are loaded into, besides the embedded output (Neo4j when configured).</summary>
internal interface IGraphSink
{
    /// <summary>False when no database is configured: the embedded output is then the whole job.</summary>
    bool IsEnabled { get; }

    /// <summary>Where it loads to, for log lines (never with credentials).</summary>
    string Description { get; }

    /// <summary>Loads (or replaces) the documents' contributions. Idempotent.</summary>
    Task LoadAsync(IReadOnlyList<DocumentExtraction> documents, CancellationToken cancellationToken);

    /// <summary>Removes what a document contributed.</summary>
    Task RemoveAsync(string documentKey, CancellationToken cancellationToken);
}
