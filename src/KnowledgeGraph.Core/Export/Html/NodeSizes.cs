using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export.Html;

/// <summary>
/// Node diameters: companies and people grow with their business ties and with the money they invest, so the
/// big investors stay readable when the view is zoomed out; deals and documents stay small.
/// </summary>
internal static class NodeSizes
{
    public const double Min = 28;
    public const double Max = 96;

    public static double[] Compute(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships)
    {
        var degree = new Dictionary<(string, string), int>();
        var invested = new Dictionary<(string, string), double>();
        foreach (var r in relationships.Where(r => RelTypes.Business.Contains(r.Type)))
        {
            Bump(degree, (r.FromLabel, r.FromKey), 1);
            Bump(degree, (r.ToLabel, r.ToKey), 1);
            if (r.Type == RelTypes.InvestsIn && r.AmountUsd is > 0)
            {
                invested[(r.FromLabel, r.FromKey)] = invested.GetValueOrDefault((r.FromLabel, r.FromKey)) + r.AmountUsd.Value;
            }
        }

        var sizes = new double[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            sizes[i] = n.Label switch
            {
                NodeLabels.Deal => 22,
                NodeLabels.Document => 24,
                _ => Entity(degree.GetValueOrDefault((n.Label, n.Key)), invested.GetValueOrDefault((n.Label, n.Key))),
            };
        }

        return sizes;
    }

    private static double Entity(int degree, double investedUsd)
    {
        var size = Min + 6 * Math.Sqrt(degree) + 6 * Math.Log10(1 + investedUsd / 1e9);
        return Math.Round(Math.Min(Max, size), 1);
    }

    private static void Bump(Dictionary<(string, string), int> counts, (string, string) key, int by) =>
        counts[key] = counts.GetValueOrDefault(key) + by;
}
