namespace KnowledgeGraph.Neo4j;

/// <summary>One row per id, ids in first-seen order.</summary>
internal sealed class LoadRows<TId>
    where TId : notnull
{
    private readonly Dictionary<TId, LoadRow> _byId = [];
    private readonly List<(TId Id, LoadRow Row)> _items = [];

    public int Count => _items.Count;

    public IEnumerable<(TId Id, LoadRow Row)> Items => _items;

    public LoadRow Get(TId id, Func<Dictionary<string, object?>> create)
    {
        if (!_byId.TryGetValue(id, out var row))
        {
            row = new LoadRow(create());
            _byId[id] = row;
            _items.Add((id, row));
        }

        return row;
    }
}
