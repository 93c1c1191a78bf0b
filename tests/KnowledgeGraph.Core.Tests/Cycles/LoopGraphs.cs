using KnowledgeGraph.Cycles;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Core.Tests.Cycles;

/// <summary>Small hand-made graphs: each edge is "from TYPE to" with an optional amount and status.</summary>
internal static class LoopGraphs
{
    public static (string Type, string From, string To, double? Amount, string? Status) I(string from, string to, double? amount = null, string? status = null) =>
        (RelTypes.InvestsIn, from, to, amount, status);

    public static (string Type, string From, string To, double? Amount, string? Status) B(string from, string to, double? amount = null, string? status = null) =>
        (RelTypes.BuysFrom, from, to, amount, status);

    public static (string Type, string From, string To, double? Amount, string? Status) P(string from, string to) =>
        (RelTypes.PartnersWith, from, to, null, null);

    public static GraphModel Build(params (string Type, string From, string To, double? Amount, string? Status)[] edges)
    {
        var keys = edges.SelectMany(e => new[] { e.From, e.To }).Distinct().ToList();
        var entities = keys.Select(k => new ExtractedEntity(NodeLabels.Company, k, Name(k), null, [Name(k)])).ToList();
        var relations = edges.Select(e => new ExtractedRelation(e.Type, e.From, e.To, e.Amount, null, e.Status, null,
            $"{Name(e.From)} {e.Type} {Name(e.To)}.")).ToList();
        return GraphModel.Build([new DocumentExtraction("docs/test.txt", "doc-key", "Test", "en", entities, relations, [])]);
    }

    public static string Name(string key) => key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..];

    /// <summary>A loop as "a -I-> b -B-> a": keys and edge types in order, for exact-set assertions.</summary>
    public static string Describe(FinancingLoop loop) =>
        string.Concat(loop.Edges.Select(e => $"{e.FromKey} -{e.Type[0]}-> ")) + loop.Edges[0].FromKey;

    public static List<string> Describe(IEnumerable<FinancingLoop> loops) => [.. loops.Select(Describe)];
}
