using KnowledgeGraph.Extraction;
using KnowledgeGraph.Neo4j;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Processing;

/// <summary>Loads into Neo4j (when <c>Neo4j:Uri</c> is set); the schema is made sure of once, before the first load.</summary>
internal sealed class Neo4jGraphSink(Neo4jGraphLoader loader, IOptions<Neo4jOptions> options) : IGraphSink
{
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private bool _schemaReady;

    public bool IsEnabled => true;

    public string Description => Neo4jTarget.Describe(options.Value);

    public async Task LoadAsync(IReadOnlyList<DocumentExtraction> documents, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await loader.LoadAsync(documents, cancellationToken);
    }

    public async Task RemoveAsync(string documentKey, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await loader.RemoveDocumentAsync(documentKey, cancellationToken);
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaLock.WaitAsync(cancellationToken);
        try
        {
            if (!_schemaReady)
            {
                await loader.EnsureSchemaAsync(cancellationToken);
                _schemaReady = true;
            }
        }
        finally
        {
            _schemaLock.Release();
        }
    }
}
