using System.Globalization;
using System.Text;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Cycles;

/// <summary>Readable text of financing loops: the chain, its weakest link, and the sentences behind every edge.</summary>
public static class LoopFormatter
{
    /// <summary>The loops as text, with document keys shown as the paths of the graph's Document nodes.</summary>
    public static string Format(IReadOnlyList<FinancingLoop> loops, GraphModel graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var paths = graph.NodesWithLabel(NodeLabels.Document)
            .Where(d => d.Path is not null)
            .ToDictionary(d => d.Key, d => d.Path!, StringComparer.Ordinal);
        return Format(loops, paths);
    }

    /// <summary>The loops as text; <paramref name="documentPaths"/> maps document keys to paths (unknown keys print as keys).</summary>
    public static string Format(IReadOnlyList<FinancingLoop> loops, IReadOnlyDictionary<string, string> documentPaths)
    {
        ArgumentNullException.ThrowIfNull(loops);
        ArgumentNullException.ThrowIfNull(documentPaths);
        if (loops.Count == 0)
        {
            return "No circular-financing loops found.\n";
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{loops.Count} circular-financing loop{(loops.Count == 1 ? "" : "s")}, most money first.\n");
        for (var i = 0; i < loops.Count; i++)
        {
            text.Append('\n');
            AppendLoop(text, i + 1, loops[i], documentPaths);
        }

        return text.ToString();
    }

    /// <summary>The chain on one line: <c>Nvidia -[INVESTS_IN $100bn, stalled]-> OpenAI -[BUYS_FROM]-> Nvidia</c>.</summary>
    public static string Chain(FinancingLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        var text = new StringBuilder(loop.Edges[0].FromName);
        foreach (var edge in loop.Edges)
        {
            text.Append(" -[").Append(Label(edge)).Append("]-> ").Append(edge.ToName);
        }

        return text.ToString();
    }

    /// <summary>
    /// The link most likely to break the loop: a tentative edge (talks or stalled) if there is one, and among the
    /// candidates the one with the smallest stated amount (edges without an amount after those with one).
    /// </summary>
    public static LoopEdge WeakestLink(FinancingLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        var candidates = loop.IsTentative ? loop.Edges.Where(e => DealStatuses.IsTentative(e.Status)) : loop.Edges;
        return candidates.OrderBy(e => e.AmountUsd is null).ThenBy(e => e.AmountUsd ?? 0).First();
    }

    /// <summary>Amounts as people write them: <c>$100bn</c>, <c>$1.5bn</c>, <c>$250m</c>, <c>$2tn</c>.</summary>
    public static string FormatAmount(double amountUsd)
    {
        var (scaled, unit) = Math.Abs(amountUsd) switch
        {
            >= 1e12 => (amountUsd / 1e12, "tn"),
            >= 1e9 => (amountUsd / 1e9, "bn"),
            >= 1e6 => (amountUsd / 1e6, "m"),
            >= 1e3 => (amountUsd / 1e3, "k"),
            _ => (amountUsd, ""),
        };
        return "$" + Math.Round(scaled, 2).ToString("0.##", CultureInfo.InvariantCulture) + unit;
    }

    private static void AppendLoop(StringBuilder text, int number, FinancingLoop loop, IReadOnlyDictionary<string, string> paths)
    {
        var money = loop.MoneyAround is { } m ? FormatAmount(m) + " goes round" : "no amount stated";
        text.Append(CultureInfo.InvariantCulture, $"Loop {number}: {string.Join(" -> ", loop.Edges.Select(e => e.FromName).Append(loop.Edges[0].FromName))}")
            .Append(CultureInfo.InvariantCulture, $" ({loop.Length} edges, {money})");
        if (loop.IsTentative)
        {
            text.Append(" [TENTATIVE: rests on talks or stalled deals]");
        }

        text.Append('\n');
        var weakest = WeakestLink(loop);
        text.Append("  Weakest link: ").Append(Edge(weakest)).Append(WhyWeakest(weakest, loop)).Append('\n');
        text.Append("  Chain: ").Append(Chain(loop)).Append('\n');
        foreach (var edge in loop.Edges)
        {
            text.Append("  ").Append(Edge(edge)).Append('\n');
            foreach (var sentence in edge.Evidence)
            {
                text.Append("    > ").Append(sentence).Append('\n');
            }

            if (edge.Sources.Count > 0)
            {
                text.Append("    from: ").AppendJoin("; ", edge.Sources.Select(s => paths.GetValueOrDefault(s, s))).Append('\n');
            }
        }
    }

    private static string WhyWeakest(LoopEdge edge, FinancingLoop loop) =>
        DealStatuses.IsTentative(edge.Status) ? $" (only {edge.Status})"
        : edge.AmountUsd is not null && loop.Edges.Count(e => e.AmountUsd is not null) > 1 ? " (smallest stated amount)"
        : edge.AmountUsd is null ? " (no amount stated)"
        : " (the only stated amount)";

    private static string Edge(LoopEdge edge) => $"{edge.FromName} -[{Label(edge)}]-> {edge.ToName}";

    private static string Label(LoopEdge edge)
    {
        var label = edge.Type;
        if (edge.AmountUsd is { } amount)
        {
            label += " " + FormatAmount(amount);
        }

        return edge.Status is null ? label : label + ", " + edge.Status;
    }
}
