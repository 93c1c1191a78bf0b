using System.Globalization;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// The statements of one transaction that (re)loads a batch of documents: first strip whatever these
/// documents (and documents previously at their paths) contributed, then merge their rows, label by label and
/// type by type, <c>BatchSize</c> rows per <c>UNWIND</c>. Rows are grouped so each node and relationship
/// appears once per statement, its provenance entries in document order.
/// </summary>
internal sealed class LoadPlan
{
    private readonly List<Dictionary<string, object?>> _documents = [];
    private readonly Grouped<(string Label, string Key)> _entities = new();
    private readonly Grouped<string> _deals = new();
    private readonly HashSet<(string Label, string Doc, string Key)> _mentions = [];
    private readonly Grouped<(string Type, string FromLabel, string From, string ToLabel, string To)> _business = new();
    private readonly Grouped<(string Label, string Key, string Deal)> _parties = new();
    private readonly HashSet<(string Deal, string Doc)> _reported = [];
    private readonly List<string> _keys = [];
    private readonly List<string> _paths = [];

    public int NodeRows => _documents.Count + _entities.Count + _deals.Count;

    public int RelationshipRows => _mentions.Count + _business.Count + _parties.Count + _reported.Count;

    public void Add(DocumentExtraction doc, string extractionHash, DateTimeOffset ingestedAt)
    {
        _keys.Add(doc.Key);
        _paths.Add(doc.Path);
        _documents.Add(new()
        {
            ["key"] = doc.Key,
            ["path"] = doc.Path,
            ["title"] = doc.Title,
            ["language"] = doc.Language,
            ["ingestedAt"] = ingestedAt.ToString("O", CultureInfo.InvariantCulture),
            ["extractionHash"] = extractionHash,
        });

        var labelOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in doc.Entities)
        {
            if (!Neo4jCypher.EntityLabels.Contains(e.Type))
            {
                continue;
            }

            labelOf[e.Key] = e.Type;
            _entities.Add((e.Type, e.Key), Entry([doc.Key, e.Name, e.NameAr ?? "", .. e.Mentions]));
            _mentions.Add((e.Type, doc.Key, e.Key));
        }

        foreach (var r in doc.Relations)
        {
            if (!RelTypes.Business.Contains(r.Type) || !labelOf.TryGetValue(r.From, out var fromLabel) || !labelOf.TryGetValue(r.To, out var toLabel))
            {
                continue;
            }

            var (from, to) = (r.From, r.To);
            if (RelTypes.IsSymmetric(r.Type) && string.CompareOrdinal(from, to) > 0)
            {
                (from, to, fromLabel, toLabel) = (to, from, toLabel, fromLabel);
            }

            _business.Add((r.Type, fromLabel, from, toLabel, to),
                Entry([doc.Key, Number(r.AmountUsd), r.AmountText ?? "", r.Status ?? "", r.Role ?? "", r.Evidence]));
        }

        foreach (var d in doc.Deals)
        {
            _deals.Add(d.Key, Entry([doc.Key, d.Type, Number(d.AmountUsd), d.AmountText ?? "", d.Status, d.Summary]));
            _reported.Add((d.Key, doc.Key));
            foreach (var party in d.Parties)
            {
                if (labelOf.TryGetValue(party.Key, out var label))
                {
                    _parties.Add((label, party.Key, d.Key), Entry([doc.Key, party.Role]));
                }
            }
        }
    }

    /// <summary>The statements, in order: removal, nodes, then relationships.</summary>
    public IReadOnlyList<Neo4jStatement> Statements(int batchSize)
    {
        var statements = new List<Neo4jStatement>();
        var removal = new Dictionary<string, object?>
        {
            ["keys"] = _keys, ["paths"] = _paths, ["keep"] = _keys, ["sep"] = Neo4jCypher.Separator,
        };
        statements.AddRange(Neo4jCypher.Removal.Select(c => new Neo4jStatement(c, removal)));

        Add(statements, Neo4jCypher.MergeDocuments, _documents, batchSize);
        foreach (var group in _entities.Items.GroupBy(i => i.Id.Label))
        {
            Add(statements, Neo4jCypher.MergeEntities(group.Key),
                group.Select(i => Row(("key", i.Id.Key), ("provenance", i.Provenance))), batchSize);
        }

        Add(statements, Neo4jCypher.MergeDeals, _deals.Items.Select(i => Row(("key", i.Id), ("provenance", i.Provenance))), batchSize);
        foreach (var group in _mentions.GroupBy(m => m.Label))
        {
            Add(statements, Neo4jCypher.MergeMentions(group.Key), group.Select(m => Row(("doc", m.Doc), ("key", m.Key))), batchSize);
        }

        foreach (var group in _business.Items.GroupBy(i => (i.Id.Type, i.Id.FromLabel, i.Id.ToLabel)))
        {
            Add(statements, Neo4jCypher.MergeBusiness(group.Key.Type, group.Key.FromLabel, group.Key.ToLabel),
                group.Select(i => Row(("from", i.Id.From), ("to", i.Id.To), ("provenance", i.Provenance))), batchSize);
        }

        foreach (var group in _parties.Items.GroupBy(i => i.Id.Label))
        {
            Add(statements, Neo4jCypher.MergeParties(group.Key),
                group.Select(i => Row(("key", i.Id.Key), ("deal", i.Id.Deal), ("provenance", i.Provenance))), batchSize);
        }

        Add(statements, Neo4jCypher.MergeReportedIn, _reported.Select(r => Row(("deal", r.Deal), ("doc", r.Doc))), batchSize);
        return statements;
    }

    private static void Add(List<Neo4jStatement> statements, string cypher, IEnumerable<Dictionary<string, object?>> rows, int batchSize)
    {
        foreach (var chunk in rows.Chunk(batchSize))
        {
            statements.Add(new Neo4jStatement(cypher, new Dictionary<string, object?> { ["rows"] = chunk, ["sep"] = Neo4jCypher.Separator }));
        }
    }

    private static Dictionary<string, object?> Row(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    private static string Entry(IEnumerable<string> fields) =>
        string.Join(Neo4jCypher.Separator, fields.Select(f => f.Replace(Neo4jCypher.Separator, " ", StringComparison.Ordinal)));

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Provenance entries per id, ids in first-seen order, each entry once.</summary>
    private sealed class Grouped<TId>
        where TId : notnull
    {
        private readonly Dictionary<TId, List<string>> _byId = [];
        private readonly List<(TId Id, List<string> Provenance)> _items = [];

        public int Count => _items.Count;

        public IEnumerable<(TId Id, List<string> Provenance)> Items => _items;

        public void Add(TId id, string entry)
        {
            if (!_byId.TryGetValue(id, out var list))
            {
                list = [];
                _byId[id] = list;
                _items.Add((id, list));
            }

            if (!list.Contains(entry))
            {
                list.Add(entry);
            }
        }
    }
}
