namespace KnowledgeGraph.Extraction;

/// <summary>A party to a deal: an entity key and its role (investor, investee, buyer, supplier, partner).</summary>
public sealed record DealParty(string Key, string Role);

/// <summary>A deal read from one sentence (investment, purchase, partnership, funding round, initiative, acquisition).</summary>
public sealed record ExtractedDeal(
    string Key,
    string Type,
    double? AmountUsd,
    string? AmountText,
    string Status,
    string Summary,
    IReadOnlyList<DealParty> Parties,
    string Evidence);
