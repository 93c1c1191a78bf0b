using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Cycles;

/// <summary>
/// A circular-financing loop: a directed cycle over INVESTS_IN and BUYS_FROM with at least one of each.
/// Edges are in cycle order, rotated so the loop starts at its smallest company key (one loop, one form).
/// </summary>
public sealed record FinancingLoop(IReadOnlyList<LoopEdge> Edges)
{
    public int Length => Edges.Count;

    public IEnumerable<string> CompanyKeys => Edges.Select(e => e.FromKey);

    /// <summary>The money that goes round: the smallest stated amount along the loop; null when no edge states one.</summary>
    public double? MoneyAround => Edges.Where(e => e.AmountUsd is not null).Select(e => e.AmountUsd).Min();

    /// <summary>True when some edge is only talks or stalled.</summary>
    public bool IsTentative => Edges.Any(e => DealStatuses.IsTentative(e.Status));
}
