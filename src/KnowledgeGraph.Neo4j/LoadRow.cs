namespace KnowledgeGraph.Neo4j;

/// <summary>A row's parameters: its provenance entries and their fold, the same fold the Cypher does.</summary>
internal sealed class LoadRow(Dictionary<string, object?> values)
{
    private readonly List<string> _provenance = [];

    public Dictionary<string, object?> Values { get; } = values;

    /// <summary>False when the same entry came already (a relation read twice from one sentence).</summary>
    public bool AddEntry(string entry)
    {
        if (_provenance.Contains(entry))
        {
            return false;
        }

        _provenance.Add(entry);
        Values["provenance"] = _provenance;
        return true;
    }

    public int Entries => _provenance.Count;

    /// <summary>The row's entries, for a check; <see cref="OmitProvenance"/> when the server can rebuild them.</summary>
    public IReadOnlyList<string> Provenance => _provenance;

    /// <summary>Sends no provenance: the statement rebuilds the entries from the row's other values.</summary>
    public void OmitProvenance() => Values["provenance"] = null;

    public void First(string name, object? value)
    {
        if (!Values.TryGetValue(name, out var current) || current is null)
        {
            Values[name] = value;
        }
    }

    public void Distinct(string name, string? value)
    {
        if (!Values.TryGetValue(name, out var current) || current is not List<string> list)
        {
            list = [];
            Values[name] = list;
        }

        if (value is not null && !list.Contains(value))
        {
            list.Add(value);
        }
    }
}
