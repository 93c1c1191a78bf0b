using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>The relations of one document, one per (type, from, to); a symmetric pair is kept once.</summary>
internal sealed class RelationBag
{
    private readonly Dictionary<(string, string, string), ExtractedRelation> _relations = [];
    private readonly List<(string, string, string)> _order = [];

    public IEnumerable<ExtractedRelation> All => _order.Select(k => _relations[k]);

    public int Count => _order.Count;

    public void Add(string type, DocEntity from, DocEntity to, Money? money, string? status, string? role, string evidence)
    {
        if (from.Key == to.Key)
        {
            return;
        }

        var id = Id(type, from.Key, to.Key);
        if (_relations.TryGetValue(id, out var existing))
        {
            _relations[id] = existing with
            {
                AmountUsd = existing.AmountUsd ?? money?.AmountUsd,
                AmountText = existing.AmountText ?? money?.Text,
                Status = existing.Status ?? status,
                Role = existing.Role ?? role,
            };
            return;
        }

        _relations[id] = new ExtractedRelation(type, from.Key, to.Key, money?.AmountUsd, money?.Text, status, role, evidence);
        _order.Add(id);
    }

    /// <summary>Gives a relation read for one party to another in its place (kept where it stood), merging with one already read.</summary>
    public void Rebind(ExtractedRelation relation, string from)
    {
        var id = Id(relation.Type, relation.From, relation.To);
        if (from == relation.To || !_relations.Remove(id))
        {
            return;
        }

        var at = _order.IndexOf(id);
        var rebound = Id(relation.Type, from, relation.To);
        if (_relations.ContainsKey(rebound))
        {
            _order.RemoveAt(at);
            return;
        }

        _relations[rebound] = relation with { From = from };
        _order[at] = rebound;
    }

    private static (string, string, string) Id(string type, string from, string to) =>
        RelTypes.IsSymmetric(type) && string.CompareOrdinal(from, to) > 0 ? (type, to, from) : (type, from, to);
}
