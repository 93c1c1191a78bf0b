using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Core.Tests.Cycles;

/// <summary>The test oracle: every loop by plain depth-first path search over the relationships themselves.</summary>
internal static class ExhaustiveLoops
{
    public static List<string> Find(GraphModel graph, int maxLength)
    {
        var outgoing = graph.Relationships
            .Where(r => r.Type is RelTypes.InvestsIn or RelTypes.BuysFrom)
            .ToLookup(r => r.FromKey, StringComparer.Ordinal);
        var keys = outgoing.Select(g => g.Key).ToList();
        var found = new List<string>();
        foreach (var start in keys)
        {
            var path = new List<GraphRelationship>();
            Walk(start);

            void Walk(string at)
            {
                foreach (var r in outgoing[at])
                {
                    if (r.ToKey == start)
                    {
                        path.Add(r);
                        if (path.Any(e => e.Type == RelTypes.InvestsIn) && path.Any(e => e.Type == RelTypes.BuysFrom))
                        {
                            found.Add(string.Concat(path.Select(e => $"{e.FromKey} -{e.Type[0]}-> ")) + start);
                        }

                        path.RemoveAt(path.Count - 1);
                    }
                    else if (string.CompareOrdinal(r.ToKey, start) > 0 && path.Count + 1 < maxLength
                             && path.All(e => e.FromKey != r.ToKey))
                    {
                        path.Add(r);
                        Walk(r.ToKey);
                        path.RemoveAt(path.Count - 1);
                    }
                }
            }
        }

        return found;
    }
}
