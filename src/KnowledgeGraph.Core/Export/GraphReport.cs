using System.Text;
using KnowledgeGraph.Cycles;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export;

/// <summary>A short Markdown report of a graph: counts, circular-financing loops with their evidence, companies, people and deals.</summary>
public static class GraphReport
{
    public static string Render(GraphModel graph, IReadOnlyList<FinancingLoop> loops)
    {
        var docs = graph.NodesWithLabel(NodeLabels.Document).ToDictionary(d => d.Key, d => d.Path ?? d.Key, StringComparer.Ordinal);
        var companies = graph.NodesWithLabel(NodeLabels.Company).ToList();
        var people = graph.NodesWithLabel(NodeLabels.Person).ToList();
        var deals = graph.NodesWithLabel(NodeLabels.Deal).OrderByDescending(d => d.AmountUsd ?? -1).ThenBy(d => d.Key, StringComparer.Ordinal).ToList();
        var business = graph.Relationships.Where(r => RelTypes.Business.Contains(r.Type)).ToList();
        var names = graph.Nodes.Where(n => n.Label is NodeLabels.Company or NodeLabels.Person)
            .GroupBy(n => n.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        string NameOf(string key) => names.GetValueOrDefault(key) is { Length: > 0 } n ? n : key;

        var sb = new StringBuilder();
        sb.Append("# Knowledge graph report\n\n")
            .Append($"{docs.Count} documents, {companies.Count} companies, {people.Count} people, {deals.Count} deals, ")
            .Append($"{business.Count} relationships between them.\n\n");

        sb.Append($"## Circular financing ({loops.Count} loop{(loops.Count == 1 ? "" : "s")})\n\n");
        if (loops.Count == 0)
        {
            sb.Append("No loop found: no chain of INVESTS_IN and BUYS_FROM returns to where it started.\n\n");
        }

        for (var i = 0; i < loops.Count; i++)
        {
            var loop = loops[i];
            var chain = string.Join(" → ", loop.Edges.Select(e => e.FromName).Append(loop.Edges[0].FromName));
            sb.Append($"{i + 1}. **{chain}**: money going round {MoneyText.Format(loop.MoneyAround)}")
                .Append(loop.IsTentative ? " (rests on talks or a stalled deal)" : "").Append('\n');
            foreach (var e in loop.Edges)
            {
                sb.Append($"   - {e.FromName} {e.Type} {e.ToName}: {MoneyText.Format(e.AmountUsd)}, {e.Status ?? "status not stated"}\n");
                foreach (var evidence in e.Evidence)
                {
                    sb.Append($"     > {Cell(evidence)}\n");
                }

                if (e.Sources.Count > 0)
                {
                    sb.Append($"     (in {string.Join(", ", e.Sources.Select(s => docs.GetValueOrDefault(s) ?? s))})\n");
                }
            }
        }

        sb.Append('\n').Append("## Companies\n\n| Company | Arabic name | Relationships | Documents |\n| --- | --- | --- | --- |\n");
        var degree = business.SelectMany(r => new[] { r.FromKey, r.ToKey }).GroupBy(k => k, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var c in companies.OrderByDescending(c => degree.GetValueOrDefault(c.Key)).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            sb.Append($"| {Cell(c.Name)} | {Cell(c.NameAr ?? "")} | {degree.GetValueOrDefault(c.Key)} | {c.Sources.Count} |\n");
        }

        sb.Append('\n').Append("## People\n\n| Person | Roles |\n| --- | --- |\n");
        foreach (var p in people.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var roles = business.Where(r => r.FromKey == p.Key && r.Type is RelTypes.WorksFor or RelTypes.Founded)
                .Select(r => r.Type == RelTypes.Founded ? $"founder of {NameOf(r.ToKey)}" : $"{r.Role ?? "works for"} of {NameOf(r.ToKey)}");
            sb.Append($"| {Cell(p.Name)} | {Cell(string.Join("; ", roles))} |\n");
        }

        sb.Append('\n').Append("## Deals\n\n| Deal | Type | Amount | Status | Parties |\n| --- | --- | --- | --- | --- |\n");
        var parties = graph.RelationshipsOfType(RelTypes.PartyTo).ToLookup(r => r.ToKey, StringComparer.Ordinal);
        foreach (var d in deals)
        {
            var who = string.Join("; ", parties[d.Key].Select(p => $"{NameOf(p.FromKey)} ({p.Role})"));
            var amount = d.AmountUsd is null && d.AmountText is not null ? d.AmountText : MoneyText.Format(d.AmountUsd);
            sb.Append($"| {Cell(d.Summary ?? d.Key)} | {d.DealType} | {Cell(amount)} | {d.Status} | {Cell(who)} |\n");
        }

        return sb.ToString();
    }

    public static void Write(GraphModel graph, IReadOnlyList<FinancingLoop> loops, string path) =>
        AtomicFile.WriteAllText(path, Render(graph, loops));

    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
