using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export;

/// <summary>The stable order every export uses, so the same graph always gives the same bytes.</summary>
internal static class GraphOrder
{
    public static IEnumerable<GraphNode> Nodes(GraphModel graph) =>
        graph.Nodes.OrderBy(n => LabelRank(n.Label)).ThenBy(n => n.Key, StringComparer.Ordinal);

    public static IEnumerable<GraphRelationship> Relationships(GraphModel graph) =>
        graph.Relationships
            .OrderBy(r => TypeRank(r.Type))
            .ThenBy(r => r.FromKey, StringComparer.Ordinal)
            .ThenBy(r => r.ToKey, StringComparer.Ordinal);

    private static int LabelRank(string label) => IndexOrEnd(NodeLabels.All, label);

    private static int TypeRank(string type) => IndexOrEnd(RelTypes.All, type);

    private static int IndexOrEnd(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return list.Count;
    }
}
