using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Worker.Processing;

/// <summary>No database configured: nothing to load.</summary>
internal sealed class NoGraphSink : IGraphSink
{
    public bool IsEnabled => false;

    public string Description => "no database";

    public Task LoadAsync(IReadOnlyList<DocumentExtraction> documents, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RemoveAsync(string documentKey, CancellationToken cancellationToken) => Task.CompletedTask;
}
