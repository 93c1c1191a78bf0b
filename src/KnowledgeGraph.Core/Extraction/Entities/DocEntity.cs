namespace KnowledgeGraph.Extraction.Entities;

/// <summary>An entity of one document while it is being read.</summary>
internal sealed class DocEntity
{
    public required string Key { get; init; }
    public required string Type { get; init; }
    public required string Name { get; init; }
    public string? NameAr { get; init; }
    public List<string> Mentions { get; } = [];

    public bool IsPerson => Type == "Person";

    public void AddMention(string surface)
    {
        if (!Mentions.Contains(surface, StringComparer.Ordinal))
        {
            Mentions.Add(surface);
        }
    }
}
