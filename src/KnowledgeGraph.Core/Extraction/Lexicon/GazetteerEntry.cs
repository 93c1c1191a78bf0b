namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>Kinds of gazetteer entry. Media entries are known names that must never become entities.</summary>
public enum EntryKind
{
    Company,
    Person,
    Media,
}

/// <summary>One named thing the gazetteer knows: canonical English name, Arabic name, every alias, and products that resolve to it.</summary>
public sealed class GazetteerEntry
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public required EntryKind Kind { get; init; }
    public string? NameAr { get; set; }
    public string? Category { get; init; }

    /// <summary>A person's best-known organisation (canonical company name), used to read "the company" in a sentence about them.</summary>
    public string? Org { get; init; }
    public List<string> Aliases { get; } = [];
    public List<string> Products { get; } = [];

    /// <summary>Latin aliases that only match with the exact case (Arm, Meta, Apple).</summary>
    public HashSet<string> CaseSensitive { get; } = new(StringComparer.Ordinal);

    public string TypeLabel => Kind == EntryKind.Person ? "Person" : "Company";
}
