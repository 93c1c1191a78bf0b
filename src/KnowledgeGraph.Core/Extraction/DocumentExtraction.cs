namespace KnowledgeGraph.Extraction;

/// <summary>Everything read from one document: the unit that is loaded, replaced or removed as a whole.</summary>
/// <param name="Path">The path as given (used for display and for pairing with gold annotations).</param>
/// <param name="Key">SHA-256 (hex, lowercase) of the normalised text.</param>
/// <param name="Title">First line of the article, or the HTML title.</param>
/// <param name="Language"><c>ar</c> or <c>en</c>.</param>
public sealed record DocumentExtraction(
    string Path,
    string Key,
    string Title,
    string Language,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedRelation> Relations,
    IReadOnlyList<ExtractedDeal> Deals);
