namespace KnowledgeGraph.Cycles;

/// <summary>What loops to look for.</summary>
/// <param name="MaxLength">Longest loop, in edges (default 6). Bounds the search so it cannot explode.</param>
/// <param name="MinAmountUsd">Keep loops whose money going round (smallest stated amount) is at least this.</param>
/// <param name="Company">Keep loops through this company (key or name).</param>
public sealed record CycleQuery(int MaxLength = 6, double? MinAmountUsd = null, string? Company = null);
