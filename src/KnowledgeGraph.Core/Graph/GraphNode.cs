namespace KnowledgeGraph.Graph;

/// <summary>
/// A node of the merged graph. Which properties are set depends on <see cref="Label"/>:
/// Company/Person use Name, NameAr, Aliases; Deal uses DealType, AmountUsd, AmountText, Status, Summary;
/// Document uses Name (title), Path, Language, IngestedAt. <see cref="Sources"/> holds document keys.
/// </summary>
public sealed class GraphNode
{
    public required string Label { get; init; }
    public required string Key { get; init; }
    public string Name { get; set; } = "";
    public string? NameAr { get; set; }
    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> Sources { get; } = new(StringComparer.Ordinal);

    public string? DealType { get; set; }
    public double? AmountUsd { get; set; }
    public string? AmountText { get; set; }
    public string? Status { get; set; }
    public string? Summary { get; set; }

    public string? Path { get; set; }
    public string? Language { get; set; }
    public DateTimeOffset? IngestedAt { get; set; }

    /// <summary>The node's properties as stored in Neo4j (contract names; nulls omitted).</summary>
    public IReadOnlyDictionary<string, object?> ToProperties()
    {
        var p = new Dictionary<string, object?> { ["key"] = Key };
        switch (Label)
        {
            case NodeLabels.Company or NodeLabels.Person:
                p["name"] = Name;
                p["aliases"] = Aliases.ToArray();
                if (NameAr is not null)
                {
                    p["nameAr"] = NameAr;
                }

                p["sources"] = Sources.ToArray();
                break;
            case NodeLabels.Deal:
                p["type"] = DealType;
                p["amountUsd"] = AmountUsd;
                p["amountText"] = AmountText;
                p["status"] = Status;
                p["summary"] = Summary;
                p["sources"] = Sources.ToArray();
                break;
            case NodeLabels.Document:
                p["path"] = Path;
                p["title"] = Name;
                p["language"] = Language;
                p["ingestedAt"] = IngestedAt?.ToString("O");
                break;
        }

        return p.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value);
    }
}
