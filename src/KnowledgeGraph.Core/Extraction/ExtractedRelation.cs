namespace KnowledgeGraph.Extraction;

/// <summary>One relation read from one sentence. <c>From</c> and <c>To</c> are entity keys of the same document.</summary>
public sealed record ExtractedRelation(
    string Type,
    string From,
    string To,
    double? AmountUsd,
    string? AmountText,
    string? Status,
    string? Role,
    string Evidence);
