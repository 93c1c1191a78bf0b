using System.Text.Json.Nodes;
using KnowledgeGraph.Cycles;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export.Html;

/// <summary>Loops as the page lists them, with the ids of the drawn nodes and edges each one runs through.</summary>
internal static class LoopData
{
    public static JsonArray Build(GraphModel graph, IReadOnlyList<FinancingLoop> loops)
    {
        var result = new JsonArray();
        for (var i = 0; i < loops.Count; i++)
        {
            var loop = loops[i];
            var steps = new JsonArray();
            var edgeIds = new JsonArray();
            var nodeIds = new JsonArray();
            foreach (var e in loop.Edges)
            {
                var from = EntityId(graph, e.FromKey);
                var to = EntityId(graph, e.ToKey);
                nodeIds.Add(from);
                // A loop read from elsewhere (e.g. from Neo4j) may name an edge this graph lacks: list it anyway.
                if (graph.FindRelationship(e.Type, e.FromKey, e.ToKey) is not null)
                {
                    edgeIds.Add(ViewData.EdgeId(e.Type, from, to));
                }

                steps.Add(new JsonObject
                {
                    ["type"] = e.Type,
                    ["from"] = e.FromName,
                    ["to"] = e.ToName,
                    ["amountLabel"] = AmountLabel.Format(e.AmountUsd),
                    ["status"] = e.Status,
                });
            }

            var names = loop.Edges.Select(e => e.FromName).Append(loop.Edges.Count > 0 ? loop.Edges[0].FromName : "");
            result.Add(new JsonObject
            {
                ["id"] = "loop-" + i,
                ["title"] = string.Join(" → ", names),
                ["edges"] = edgeIds,
                ["nodes"] = nodeIds,
                ["steps"] = steps,
                ["moneyLabel"] = AmountLabel.Format(loop.MoneyAround),
                ["tentative"] = loop.IsTentative,
            });
        }

        return result;
    }

    private static string EntityId(GraphModel graph, string key) =>
        ViewData.NodeId(graph.FindNode(NodeLabels.Company, key) is null && graph.FindNode(NodeLabels.Person, key) is not null
            ? NodeLabels.Person
            : NodeLabels.Company, key);
}
