namespace KnowledgeGraph.Cycles;

/// <summary>One INVESTS_IN or BUYS_FROM edge of a loop, with what supports it.</summary>
public sealed record LoopEdge(
    string Type,
    string FromKey,
    string FromName,
    string ToKey,
    string ToName,
    double? AmountUsd,
    string? Status,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<string> Sources);
