using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Graph;

/// <summary>
/// The merged, in-memory graph of a set of documents. It is a pure function of the extractions it was built
/// from: replacing or removing a document means building again without (or with the new) extraction.
/// </summary>
public sealed class GraphModel
{
    private readonly Dictionary<(string Label, string Key), GraphNode> _nodes = [];
    private readonly Dictionary<(string Type, string From, string To), GraphRelationship> _relationships = [];

    public IEnumerable<GraphNode> Nodes => _nodes.Values;
    public IEnumerable<GraphRelationship> Relationships => _relationships.Values;

    public IEnumerable<GraphNode> NodesWithLabel(string label) => _nodes.Values.Where(n => n.Label == label);

    public IEnumerable<GraphRelationship> RelationshipsOfType(string type) => _relationships.Values.Where(r => r.Type == type);

    public GraphNode? FindNode(string label, string key) => _nodes.GetValueOrDefault((label, key));

    public GraphRelationship? FindRelationship(string type, string from, string to)
    {
        if (RelTypes.IsSymmetric(type) && string.CompareOrdinal(from, to) > 0)
        {
            (from, to) = (to, from);
        }

        return _relationships.GetValueOrDefault((type, from, to));
    }

    /// <summary>Builds the graph of <paramref name="documents"/>, in order. Later documents never overwrite a stated amount or status with null.</summary>
    public static GraphModel Build(IEnumerable<DocumentExtraction> documents, TimeProvider? time = null)
    {
        var graph = new GraphModel();
        var now = (time ?? TimeProvider.System).GetUtcNow();
        foreach (var doc in documents)
        {
            graph.Add(doc, now);
        }

        return graph;
    }

    private void Add(DocumentExtraction doc, DateTimeOffset ingestedAt)
    {
        var docNode = Node(NodeLabels.Document, doc.Key);
        docNode.Name = doc.Title;
        docNode.Path = doc.Path;
        docNode.Language = doc.Language;
        docNode.IngestedAt ??= ingestedAt;

        var labelOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in doc.Entities)
        {
            labelOf[e.Key] = e.Type;
            var node = Node(e.Type, e.Key);
            if (node.Name.Length == 0)
            {
                node.Name = e.Name;
            }

            node.NameAr ??= e.NameAr;
            node.Aliases.UnionWith(e.Mentions);
            node.Sources.Add(doc.Key);
            Relate(RelTypes.Mentions, NodeLabels.Document, doc.Key, e.Type, e.Key);
        }

        foreach (var r in doc.Relations)
        {
            if (!labelOf.TryGetValue(r.From, out var fromLabel) || !labelOf.TryGetValue(r.To, out var toLabel))
            {
                continue;
            }

            var rel = Relate(r.Type, fromLabel, r.From, toLabel, r.To);
            rel.AmountUsd ??= r.AmountUsd;
            rel.AmountText ??= r.AmountText;
            rel.Status ??= r.Status;
            rel.Role ??= r.Role;
            AddOnce(rel.Sources, doc.Key);
            AddOnce(rel.Evidence, r.Evidence);
        }

        foreach (var d in doc.Deals)
        {
            var deal = Node(NodeLabels.Deal, d.Key);
            deal.DealType ??= d.Type;
            deal.AmountUsd ??= d.AmountUsd;
            deal.AmountText ??= d.AmountText;
            deal.Status ??= d.Status;
            deal.Summary ??= d.Summary;
            deal.Name = d.Summary;
            deal.Sources.Add(doc.Key);
            Relate(RelTypes.ReportedIn, NodeLabels.Deal, d.Key, NodeLabels.Document, doc.Key);
            foreach (var party in d.Parties)
            {
                if (labelOf.TryGetValue(party.Key, out var partyLabel))
                {
                    Relate(RelTypes.PartyTo, partyLabel, party.Key, NodeLabels.Deal, d.Key).Role ??= party.Role;
                }
            }
        }
    }

    private GraphNode Node(string label, string key)
    {
        if (!_nodes.TryGetValue((label, key), out var node))
        {
            node = new GraphNode { Label = label, Key = key };
            _nodes[(label, key)] = node;
        }

        return node;
    }

    private GraphRelationship Relate(string type, string fromLabel, string from, string toLabel, string to)
    {
        if (RelTypes.IsSymmetric(type) && string.CompareOrdinal(from, to) > 0)
        {
            (from, to, fromLabel, toLabel) = (to, from, toLabel, fromLabel);
        }

        if (!_relationships.TryGetValue((type, from, to), out var rel))
        {
            rel = new GraphRelationship { Type = type, FromLabel = fromLabel, FromKey = from, ToLabel = toLabel, ToKey = to };
            _relationships[(type, from, to)] = rel;
        }

        return rel;
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
