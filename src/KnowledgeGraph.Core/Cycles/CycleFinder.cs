using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Cycles;

/// <summary>Finds circular-financing loops in the in-memory graph.</summary>
public static class CycleFinder
{
    /// <summary>
    /// Every directed cycle over INVESTS_IN and BUYS_FROM (between companies and people) with at least one of
    /// each type, of at most <see cref="CycleQuery.MaxLength"/> edges, each reported once (starting at its smallest
    /// key), filtered by the query and ranked: money going round descending (loops without a stated amount last),
    /// then length, then key sequence. Parallel edges of both types between two companies give separate loops.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">MaxLength is below 2 (no loop can have both types).</exception>
    public static IReadOnlyList<FinancingLoop> Find(GraphModel graph, CycleQuery query)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxLength, 2, nameof(query));

        var flows = graph.Relationships
            .Where(r => r.Type is RelTypes.InvestsIn or RelTypes.BuysFrom && r.FromKey != r.ToKey)
            // An edge stating less than the minimum caps any loop through it below the minimum.
            .Where(r => query.MinAmountUsd is not { } min || r.AmountUsd is not { } amount || amount >= min)
            .ToList();
        var keys = flows.SelectMany(r => new[] { r.FromKey, r.ToKey }).Distinct().Order(StringComparer.Ordinal).ToArray();
        var indexOf = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            indexOf[keys[i]] = i;
        }

        var between = new Dictionary<(int From, int To), List<GraphRelationship>>();
        var successors = new List<int>[keys.Length];
        foreach (var r in flows.OrderBy(r => r.Type, StringComparer.Ordinal))
        {
            var pair = (indexOf[r.FromKey], indexOf[r.ToKey]);
            if (!between.TryGetValue(pair, out var parallel))
            {
                parallel = [];
                between[pair] = parallel;
                (successors[pair.Item1] ??= []).Add(pair.Item2);
            }

            parallel.Add(r);
        }

        var adjacency = successors.Select(s => s is null ? [] : s.Order().ToArray()).ToArray();
        var loops = new List<FinancingLoop>();
        // Loop edges are made only for relationships on some loop, once each, so loops share their instances.
        var edges = new Dictionary<GraphRelationship, LoopEdge>(ReferenceEqualityComparer.Instance);
        LoopEdge EdgeOf(GraphRelationship r) => edges.TryGetValue(r, out var e) ? e : edges[r] = ToLoopEdge(graph, r);
        ElementaryCircuits.Enumerate(adjacency, query.MaxLength, circuit => Expand(circuit, between, EdgeOf, loops));

        var kept = loops.Where(l => Matches(l, query, graph)).ToList();
        kept.Sort(LoopOrder.Comparison);
        return kept;
    }

    // One loop per choice among parallel edges, kept when it has both an investment and a purchase.
    private static void Expand(IReadOnlyList<int> circuit, Dictionary<(int, int), List<GraphRelationship>> between,
        Func<GraphRelationship, LoopEdge> edgeOf, List<FinancingLoop> into)
    {
        var options = new List<GraphRelationship>[circuit.Count];
        for (var i = 0; i < circuit.Count; i++)
        {
            options[i] = between[(circuit[i], circuit[(i + 1) % circuit.Count])];
        }

        var chosen = new GraphRelationship[circuit.Count];
        Choose(0);

        void Choose(int i)
        {
            if (i == chosen.Length)
            {
                if (chosen.Any(e => e.Type == RelTypes.InvestsIn) && chosen.Any(e => e.Type == RelTypes.BuysFrom))
                {
                    into.Add(new FinancingLoop([.. chosen.Select(edgeOf)]));
                }

                return;
            }

            foreach (var edge in options[i])
            {
                chosen[i] = edge;
                Choose(i + 1);
            }
        }
    }

    private static bool Matches(FinancingLoop loop, CycleQuery query, GraphModel graph)
    {
        if (query.MinAmountUsd is { } min && !(loop.MoneyAround >= min))
        {
            return false;
        }

        return string.IsNullOrWhiteSpace(query.Company)
            || loop.Edges.Any(e => IsCompany(graph, e.FromKey, e.FromName, query.Company.Trim()));
    }

    // The same test as the Cypher: key, name (ignoring case) or one of the aliases.
    private static bool IsCompany(GraphModel graph, string key, string name, string wanted) =>
        key == wanted
        || string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase)
        || (NodeOf(graph, key)?.Aliases.Contains(wanted) ?? false);

    private static LoopEdge ToLoopEdge(GraphModel graph, GraphRelationship r) =>
        new(r.Type, r.FromKey, NameOf(graph, r.FromKey), r.ToKey, NameOf(graph, r.ToKey),
            r.AmountUsd, r.Status, [.. r.Evidence], [.. r.Sources]);

    private static GraphNode? NodeOf(GraphModel graph, string key) =>
        graph.FindNode(NodeLabels.Company, key) ?? graph.FindNode(NodeLabels.Person, key);

    private static string NameOf(GraphModel graph, string key) =>
        NodeOf(graph, key) is { Name.Length: > 0 } node ? node.Name : key;
}
