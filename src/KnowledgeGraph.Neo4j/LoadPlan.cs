using System.Globalization;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// The statements of one transaction that (re)loads a batch of documents: first, when any of them was loaded
/// before, strip what they (and documents previously at their paths) contributed; then merge their rows, label
/// by label and type by type, <c>BatchSize</c> rows per <c>UNWIND</c>. Each node and relationship is one row,
/// carrying its provenance entries in document order and their fold (first name, distinct aliases, ...).
/// </summary>
internal sealed class LoadPlan
{
    private readonly List<Dictionary<string, object?>> _documents = [];
    private readonly Rows<(string Label, string Key)> _entities = new();
    private readonly Rows<string> _deals = new();
    private readonly HashSet<(string Label, string Doc, string Key)> _mentions = [];
    private readonly Rows<(string Type, string FromLabel, string From, string ToLabel, string To)> _business = new();
    private readonly Rows<(string Label, string Key, string Deal)> _parties = new();
    private readonly HashSet<(string Deal, string Doc)> _reported = [];
    private readonly List<string> _keys = [];
    private readonly List<string> _paths = [];

    public int NodeRows => _documents.Count + _entities.Count + _deals.Count;

    public int RelationshipRows => _mentions.Count + _business.Count + _parties.Count + _reported.Count;

    /// <summary>True when some document of the batch, or its path, is in the graph already: its old contribution goes first.</summary>
    public bool ReplacesStoredDocuments { get; set; } = true;

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
        foreach (var e in doc.Entities.Where(e => Neo4jCypher.EntityLabels.Contains(e.Type)))
        {
            labelOf[e.Key] = e.Type;
            var row = _entities.Get((e.Type, e.Key), () => new() { ["key"] = e.Key });
            if (row.AddEntry(Entry([doc.Key, e.Name, e.NameAr ?? "", .. e.Mentions])))
            {
                row.First("name", NullIfEmpty(e.Name));
                row.First("nameAr", e.NameAr);
                row.Distinct("sources", doc.Key);
                row.Distinct("aliases", null);
                foreach (var alias in e.Mentions.Where(m => m.Length > 0))
                {
                    row.Distinct("aliases", Clean(alias));
                }
            }

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

            var row = _business.Get((r.Type, fromLabel, from, toLabel, to), () => new() { ["from"] = from, ["to"] = to });
            if (row.AddEntry(Entry([doc.Key, Number(r.AmountUsd), r.AmountText ?? "", r.Status ?? "", r.Role ?? "", r.Evidence])))
            {
                row.Distinct("sources", doc.Key);
                row.Distinct("evidence", NullIfEmpty(Clean(r.Evidence)));
                row.First("amountUsd", r.AmountUsd);
                row.First("amountText", NullIfEmpty(Clean(r.AmountText ?? "")));
                row.First("status", NullIfEmpty(r.Status));
                row.First("role", NullIfEmpty(r.Role));
            }
        }

        foreach (var d in doc.Deals)
        {
            var row = _deals.Get(d.Key, () => new() { ["key"] = d.Key });
            if (row.AddEntry(Entry([doc.Key, d.Type, Number(d.AmountUsd), d.AmountText ?? "", d.Status, d.Summary])))
            {
                row.First("type", NullIfEmpty(d.Type));
                row.First("amountUsd", d.AmountUsd);
                row.First("amountText", NullIfEmpty(d.AmountText));
                row.First("status", NullIfEmpty(d.Status));
                row.First("summary", NullIfEmpty(d.Summary));
                row.Distinct("sources", doc.Key);
            }

            _reported.Add((d.Key, doc.Key));
            foreach (var party in d.Parties)
            {
                if (labelOf.TryGetValue(party.Key, out var label))
                {
                    var partyRow = _parties.Get((label, party.Key, d.Key), () => new() { ["key"] = party.Key, ["deal"] = d.Key });
                    if (partyRow.AddEntry(Entry([doc.Key, party.Role])))
                    {
                        partyRow.First("role", NullIfEmpty(party.Role));
                    }
                }
            }
        }
    }

    /// <summary>The statements, in order: removal (when needed), nodes, then relationships.</summary>
    public IReadOnlyList<Neo4jStatement> Statements(int batchSize)
    {
        var statements = new List<Neo4jStatement>();
        if (ReplacesStoredDocuments)
        {
            var removal = new Dictionary<string, object?>
            {
                ["keys"] = _keys, ["paths"] = _paths, ["keep"] = _keys, ["sep"] = Neo4jCypher.Separator,
            };
            statements.AddRange(Neo4jCypher.Removal.Select(c => new Neo4jStatement(c, removal)));
        }

        Add(statements, Neo4jCypher.MergeDocuments, _documents, batchSize);
        foreach (var group in _entities.Items.GroupBy(i => i.Id.Label))
        {
            Add(statements, Neo4jCypher.MergeEntities(group.Key), group.Select(i => i.Row.Values), batchSize);
        }

        foreach (var group in _mentions.GroupBy(m => m.Label))
        {
            var rows = group.GroupBy(m => m.Doc, StringComparer.Ordinal)
                .Select(d => new Dictionary<string, object?> { ["doc"] = d.Key, ["keys"] = d.Select(m => m.Key).ToList() });
            // A row is a document with its keys; a seed article names about ten entities.
            Add(statements, Neo4jCypher.LinkMentions(group.Key), rows, Math.Max(1, batchSize / 10));
        }

        Add(statements, Neo4jCypher.MergeDeals, _deals.Items.Select(i => i.Row.Values), batchSize);
        foreach (var group in _business.Items.GroupBy(i => (i.Id.Type, i.Id.FromLabel, i.Id.ToLabel)))
        {
            Add(statements, Neo4jCypher.MergeBusiness(group.Key.Type, group.Key.FromLabel, group.Key.ToLabel),
                group.Select(i => i.Row.Values), batchSize, withSeparator: true);
        }

        foreach (var group in _parties.Items.GroupBy(i => i.Id.Label))
        {
            Add(statements, Neo4jCypher.MergeParties(group.Key), group.Select(i => i.Row.Values), batchSize);
        }

        return statements;
    }

    private static void Add(List<Neo4jStatement> statements, string cypher, IEnumerable<Dictionary<string, object?>> rows, int batchSize,
        bool withSeparator = false)
    {
        foreach (var chunk in rows.Chunk(batchSize))
        {
            var parameters = new Dictionary<string, object?> { ["rows"] = chunk };
            if (withSeparator)
            {
                parameters["sep"] = Neo4jCypher.Separator;
            }

            statements.Add(new Neo4jStatement(cypher, parameters));
        }
    }

    private static string Entry(IEnumerable<string> fields) => string.Join(Neo4jCypher.Separator, fields.Select(Clean));

    private static string Clean(string field) => field.Replace(Neo4jCypher.Separator, " ", StringComparison.Ordinal);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    /// <summary>One row per id, ids in first-seen order.</summary>
    private sealed class Rows<TId>
        where TId : notnull
    {
        private readonly Dictionary<TId, Row> _byId = [];
        private readonly List<(TId Id, Row Row)> _items = [];

        public int Count => _items.Count;

        public IEnumerable<(TId Id, Row Row)> Items => _items;

        public Row Get(TId id, Func<Dictionary<string, object?>> create)
        {
            if (!_byId.TryGetValue(id, out var row))
            {
                row = new Row(create());
                _byId[id] = row;
                _items.Add((id, row));
            }

            return row;
        }
    }

    /// <summary>A row's parameters: its provenance entries and their fold, the same fold the Cypher does.</summary>
    private sealed class Row(Dictionary<string, object?> values)
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
}
