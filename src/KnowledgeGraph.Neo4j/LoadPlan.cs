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
    private readonly List<DocumentExtraction> _docs = [];
    private readonly List<Dictionary<string, object?>> _documents = [];
    private readonly List<string> _keys = [];
    private readonly List<string> _paths = [];

    /// <summary>Node rows of the statements enumerated so far (all of them once <see cref="Statements"/> has been enumerated).</summary>
    public int NodeRows { get; private set; }

    /// <summary>Relationship rows of the statements enumerated so far.</summary>
    public int RelationshipRows { get; private set; }

    /// <summary>True when some document of the batch, or its path, is in the graph already: its old contribution goes first.</summary>
    public bool ReplacesStoredDocuments { get; set; } = true;

    public void Add(DocumentExtraction doc, string extractionHash, DateTimeOffset ingestedAt)
    {
        _docs.Add(doc);
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
    }

    /// <summary>
    /// The statements, in order: removal (when needed), nodes, then relationships. Lazy: each kind of row is
    /// gathered only when its statements are due, so while a streamed request body is being written the server
    /// already runs the statements before (a bulk load's plan took a second or more of the client's time).
    /// </summary>
    public IEnumerable<Neo4jStatement> Statements(int batchSize)
    {
        if (ReplacesStoredDocuments)
        {
            var removal = new Dictionary<string, object?>
            {
                ["keys"] = _keys, ["paths"] = _paths, ["keep"] = _keys, ["sep"] = Neo4jCypher.Separator,
            };
            foreach (var cypher in Neo4jCypher.Removal)
            {
                yield return new Neo4jStatement(cypher, removal);
            }
        }

        NodeRows = _documents.Count;
        RelationshipRows = 0;
        foreach (var s in Chunks(Neo4jCypher.MergeDocuments, _documents, batchSize))
        {
            yield return s;
        }

        var entities = GatherEntities();
        NodeRows += entities.Rows.Count;
        RelationshipRows += entities.Mentions.Count;
        foreach (var group in entities.Rows.Items.GroupBy(i => i.Id.Label))
        {
            foreach (var s in Chunks(Neo4jCypher.MergeEntities(group.Key), group.Select(i => i.Row.Values), batchSize, withSeparator: true))
            {
                yield return s;
            }
        }

        foreach (var group in entities.Mentions.GroupBy(m => m.Label))
        {
            var rows = group.GroupBy(m => m.Doc, StringComparer.Ordinal)
                .Select(d => new Dictionary<string, object?> { ["doc"] = d.Key, ["keys"] = d.Select(m => m.Key).ToList() });
            // A row is a document with its keys; a seed article names about ten entities.
            foreach (var s in Chunks(Neo4jCypher.LinkMentions(group.Key), rows, Math.Max(1, batchSize / 10)))
            {
                yield return s;
            }
        }

        var deals = GatherDeals(entities.LabelOf);
        NodeRows += deals.Rows.Count;
        RelationshipRows += deals.Reported + deals.Parties.Count;
        foreach (var s in Chunks(Neo4jCypher.MergeDeals, deals.Rows.Items.Select(i => i.Row.Values), batchSize))
        {
            yield return s;
        }

        var business = GatherBusiness(entities.LabelOf);
        RelationshipRows += business.Count;
        foreach (var group in business.Items.GroupBy(i => (i.Id.Type, i.Id.FromLabel, i.Id.ToLabel)))
        {
            var cypher = Neo4jCypher.MergeBusiness(group.Key.Type, group.Key.FromLabel, group.Key.ToLabel);
            foreach (var s in Chunks(cypher, group.Select(i => i.Row.Values), batchSize, withSeparator: true))
            {
                yield return s;
            }
        }

        foreach (var group in deals.Parties.Items.GroupBy(i => i.Id.Label))
        {
            foreach (var s in Chunks(Neo4jCypher.MergeParties(group.Key), group.Select(i => i.Row.Values), batchSize))
            {
                yield return s;
            }
        }
    }

    private (LoadRows<(string Label, string Key)> Rows, HashSet<(string Label, string Doc, string Key)> Mentions, List<Dictionary<string, string>> LabelOf) GatherEntities()
    {
        var rows = new LoadRows<(string Label, string Key)>();
        var mentions = new HashSet<(string Label, string Doc, string Key)>();
        var labels = new List<Dictionary<string, string>>(_docs.Count);
        foreach (var doc in _docs)
        {
            var labelOf = new Dictionary<string, string>(StringComparer.Ordinal);
            labels.Add(labelOf);
            foreach (var e in doc.Entities)
            {
                if (!Neo4jCypher.EntityLabels.Contains(e.Type))
                {
                    continue;
                }

                labelOf[e.Key] = e.Type;
                var row = rows.Get((e.Type, e.Key), () => new() { ["key"] = e.Key });
                if (row.AddEntry(Entry([doc.Key, e.Name, e.NameAr ?? "", .. e.Mentions])))
                {
                    row.First("name", NullIfEmpty(e.Name));
                    row.First("nameAr", e.NameAr);
                    row.Distinct("sources", doc.Key);
                    row.Distinct("aliases", null);
                    foreach (var alias in e.Mentions)
                    {
                        if (alias.Length > 0)
                        {
                            row.Distinct("aliases", Clean(alias));
                        }
                    }
                }

                mentions.Add((e.Type, doc.Key, e.Key));
            }
        }

        foreach (var (_, row) in rows.Items)
        {
            if (EntriesAreTheFold(row))
            {
                row.OmitProvenance();
            }
        }

        return (rows, mentions, labels);
    }

    private (LoadRows<string> Rows, int Reported, LoadRows<(string Label, string Key, string Deal)> Parties) GatherDeals(List<Dictionary<string, string>> labels)
    {
        var rows = new LoadRows<string>();
        var reported = new HashSet<(string Deal, string Doc)>();
        var parties = new LoadRows<(string Label, string Key, string Deal)>();
        for (var i = 0; i < _docs.Count; i++)
        {
            var doc = _docs[i];
            foreach (var d in doc.Deals)
            {
                var row = rows.Get(d.Key, () => new() { ["key"] = d.Key });
                if (row.AddEntry(Entry([doc.Key, d.Type, Number(d.AmountUsd), d.AmountText ?? "", d.Status, d.Summary])))
                {
                    row.First("type", NullIfEmpty(d.Type));
                    row.First("amountUsd", d.AmountUsd);
                    row.First("amountText", NullIfEmpty(d.AmountText));
                    row.First("status", NullIfEmpty(d.Status));
                    row.First("summary", NullIfEmpty(d.Summary));
                    row.Distinct("sources", doc.Key);
                }

                reported.Add((d.Key, doc.Key));
                foreach (var party in d.Parties)
                {
                    if (labels[i].TryGetValue(party.Key, out var label))
                    {
                        var partyRow = parties.Get((label, party.Key, d.Key), () => new() { ["key"] = party.Key, ["deal"] = d.Key });
                        if (partyRow.AddEntry(Entry([doc.Key, party.Role])))
                        {
                            partyRow.First("role", NullIfEmpty(party.Role));
                        }
                    }
                }
            }
        }

        return (rows, reported.Count, parties);
    }

    private LoadRows<(string Type, string FromLabel, string From, string ToLabel, string To)> GatherBusiness(List<Dictionary<string, string>> labels)
    {
        var rows = new LoadRows<(string Type, string FromLabel, string From, string ToLabel, string To)>();
        for (var i = 0; i < _docs.Count; i++)
        {
            var doc = _docs[i];
            var labelOf = labels[i];
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

                var row = rows.Get((r.Type, fromLabel, from, toLabel, to), () => new() { ["from"] = from, ["to"] = to });
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
        }

        // One entry is the row's properties (the statement rebuilds it); two or more go as they are.
        foreach (var (_, row) in rows.Items)
        {
            if (row.Entries == 1)
            {
                row.OmitProvenance();
            }
        }

        return rows;
    }

    // True when the entity's entries are one per source, each the source with the row's name, Arabic name and
    // aliases: what Neo4jCypher rebuilds when a node or row carries no provenance.
    private static bool EntriesAreTheFold(LoadRow row)
    {
        var sources = (List<string>)row.Values["sources"]!;
        if (sources.Count != row.Entries)
        {
            return false;
        }

        string[] fold = ["", row.Values["name"] as string ?? "", row.Values["nameAr"] as string ?? "", .. (List<string>)row.Values["aliases"]!];
        var suffix = string.Join(Neo4jCypher.Separator, fold);
        for (var i = 0; i < sources.Count; i++)
        {
            var entry = row.Provenance[i];
            if (entry.Length != sources[i].Length + suffix.Length || !entry.StartsWith(sources[i], StringComparison.Ordinal)
                || !entry.EndsWith(suffix, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<Neo4jStatement> Chunks(string cypher, IEnumerable<Dictionary<string, object?>> rows, int batchSize,
        bool withSeparator = false)
    {
        foreach (var chunk in rows.Chunk(batchSize))
        {
            var parameters = new Dictionary<string, object?> { ["rows"] = chunk };
            if (withSeparator)
            {
                parameters["sep"] = Neo4jCypher.Separator;
            }

            yield return new Neo4jStatement(cypher, parameters);
        }
    }

    private static string Entry(string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = Clean(fields[i]);
        }

        return string.Join(Neo4jCypher.Separator, fields);
    }

    private static string Clean(string field) => field.Replace(Neo4jCypher.Separator, " ", StringComparison.Ordinal);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
