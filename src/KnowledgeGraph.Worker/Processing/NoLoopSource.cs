using KnowledgeGraph.Cycles;

namespace KnowledgeGraph.Worker.Processing;

/// <summary>No database configured: loops come from the graph built in process.</summary>
internal sealed class NoLoopSource : ILoopSource
{
    public bool IsEnabled => false;

    public string Description => "no database";

    public Task<(IReadOnlyList<FinancingLoop> Loops, IReadOnlyDictionary<string, string> DocumentPaths)> FindAsync(CycleQuery query, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No graph database is configured.");
}
