using KnowledgeGraph.Cycles;

namespace KnowledgeGraph.Worker.Processing;

/// <summary>Loops found in a graph database (Neo4j when configured).</summary>
internal interface ILoopSource
{
    bool IsEnabled { get; }

    string Description { get; }

    /// <summary>The loops, and the paths of the documents they cite (document key → path).</summary>
    Task<(IReadOnlyList<FinancingLoop> Loops, IReadOnlyDictionary<string, string> DocumentPaths)> FindAsync(CycleQuery query, CancellationToken cancellationToken);
}
