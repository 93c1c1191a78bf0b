namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Cue words found at tokens [Start, End): their categories, and a pronoun suffix attached to the last word ("ها", "ه").</summary>
internal sealed record CueHit(int Start, int End, IReadOnlyList<string> Categories, string Suffix)
{
    public bool Is(string category) => Categories.Contains(category);

    public bool IsAny(params string[] categories) => categories.Any(Categories.Contains);
}
