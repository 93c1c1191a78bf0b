namespace KnowledgeGraph.Graph;

/// <summary>
/// A relationship of the merged graph, identified by (Type, From, To). Symmetric types are stored once
/// with <see cref="FromKey"/> ≤ <see cref="ToKey"/> in ordinal order. Sources are document keys; Evidence the
/// verbatim sentences it was read from, without duplicates, in the order first seen.
/// </summary>
public sealed class GraphRelationship
{
    public required string Type { get; init; }
    public required string FromLabel { get; init; }
    public required string FromKey { get; init; }
    public required string ToLabel { get; init; }
    public required string ToKey { get; init; }
    public double? AmountUsd { get; set; }
    public string? AmountText { get; set; }
    public string? Status { get; set; }
    public string? Role { get; set; }
    public List<string> Sources { get; } = [];
    public List<string> Evidence { get; } = [];

    public (string Type, string From, string To) Id => (Type, FromKey, ToKey);

    /// <summary>The relationship's properties as stored in Neo4j (contract names; nulls omitted).</summary>
    public IReadOnlyDictionary<string, object?> ToProperties()
    {
        var p = new Dictionary<string, object?>();
        if (RelTypes.Business.Contains(Type))
        {
            p["sources"] = Sources.ToArray();
            p["evidence"] = Evidence.ToArray();
        }

        if (AmountUsd is not null)
        {
            p["amountUsd"] = AmountUsd;
        }

        if (AmountText is not null)
        {
            p["amountText"] = AmountText;
        }

        if (Status is not null)
        {
            p["status"] = Status;
        }

        if (Role is not null)
        {
            p["role"] = Role;
        }

        return p;
    }
}
