using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export.Html;

/// <summary>
/// Positions for every node. Only companies and people, tied by business relations, go through the force
/// layout: they are what the page shows first. Deals then sit just beside their parties and documents in a row
/// under the picture, so showing them later adds to the picture without moving it.
/// </summary>
internal static class NodePlacement
{
    public static (double X, double Y)[] Place(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships, IReadOnlyDictionary<string, int> index)
    {
        var entities = Enumerable.Range(0, nodes.Count).Where(i => IsEntity(nodes[i])).ToArray();
        var local = new Dictionary<int, int>();
        for (var i = 0; i < entities.Length; i++)
        {
            local[entities[i]] = i;
        }

        var springs = new List<LayoutEdge>();
        foreach (var r in relationships.Where(r => RelTypes.Business.Contains(r.Type)))
        {
            if (local.TryGetValue(index[ViewData.NodeId(r.FromLabel, r.FromKey)], out var from) &&
                local.TryGetValue(index[ViewData.NodeId(r.ToLabel, r.ToKey)], out var to))
            {
                springs.Add(new LayoutEdge(from, to, 1));
            }
        }

        var laid = ForceLayout.Compute(entities.Length, springs);

        var positions = new (double X, double Y)[nodes.Count];
        for (var i = 0; i < entities.Length; i++)
        {
            positions[entities[i]] = laid[i];
        }

        var bottom = laid.Length == 0 ? 0 : laid.Max(p => p.Y);
        var left = laid.Length == 0 ? 0 : laid.Min(p => p.X);
        var partiesOf = relationships.Where(r => r.Type == RelTypes.PartyTo)
            .ToLookup(r => index[ViewData.NodeId(r.ToLabel, r.ToKey)], r => index[ViewData.NodeId(r.FromLabel, r.FromKey)]);
        var unplaced = new List<int>();
        var dealNumber = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Label == NodeLabels.Deal && partiesOf[i].Any())
            {
                positions[i] = BesideParties(partiesOf[i].Select(p => positions[p]).ToList(), dealNumber++);
            }
            else if (!IsEntity(nodes[i]))
            {
                unplaced.Add(i);
            }
        }

        // Documents (and any deal without parties) in rows under the picture.
        const int perRow = 12;
        for (var j = 0; j < unplaced.Count; j++)
        {
            positions[unplaced[j]] = (Math.Round(left + (j % perRow) * ForceLayout.IdealLength, 1),
                Math.Round(bottom + ForceLayout.IdealLength * (1.5 + j / perRow), 1));
        }

        return positions;
    }

    private static bool IsEntity(GraphNode n) => n.Label is NodeLabels.Company or NodeLabels.Person;

    // At the parties' centre, pushed aside (a different way for each deal) so deals between the same parties
    // do not sit on each other or on the edge between them.
    private static (double X, double Y) BesideParties(List<(double X, double Y)> parties, int number)
    {
        var cx = parties.Average(p => p.X);
        var cy = parties.Average(p => p.Y);
        var angle = number * 2.399963229728653;
        var distance = ForceLayout.IdealLength * (0.35 + 0.1 * (number % 3));
        return (Math.Round(cx + distance * Math.Cos(angle), 1), Math.Round(cy + distance * Math.Sin(angle), 1));
    }
}
