using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using KnowledgeGraph.Cycles;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export.Html;

/// <summary>The data the page draws: cytoscape elements with laid-out positions, documents, loops.</summary>
internal static class ViewData
{
    // Keeps Arabic readable in the file while escaping '<', '>' and '&', so no string in the data can close
    // the <script> element it is embedded in.
    private static readonly JsonSerializerOptions ScriptJson = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static JsonObject Build(GraphModel graph, IReadOnlyList<FinancingLoop> loops, string title)
    {
        var nodes = graph.Nodes
            .OrderBy(n => NodeLabels.All.ToList().IndexOf(n.Label))
            .ThenBy(n => n.Key, StringComparer.Ordinal)
            .ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            index[NodeId(nodes[i].Label, nodes[i].Key)] = i;
        }

        var relationships = graph.Relationships
            .OrderBy(r => RelTypes.All.ToList().IndexOf(r.Type))
            .ThenBy(r => r.FromKey, StringComparer.Ordinal)
            .ThenBy(r => r.ToKey, StringComparer.Ordinal)
            .ToList();
        var positions = NodePlacement.Place(nodes, relationships, index);
        var sizes = NodeSizes.Compute(nodes, relationships);

        var docs = new JsonObject();
        foreach (var d in nodes.Where(n => n.Label == NodeLabels.Document))
        {
            docs[d.Key] = new JsonObject { ["path"] = d.Path, ["title"] = d.Name, ["language"] = d.Language };
        }

        return new JsonObject
        {
            ["title"] = title,
            ["nodes"] = new JsonArray([.. nodes.Select((n, i) => (JsonNode)NodeJson(n, positions[i], sizes[i]))]),
            ["edges"] = new JsonArray([.. relationships.Select(r => (JsonNode)EdgeJson(r))]),
            ["docs"] = docs,
            ["loops"] = LoopData.Build(graph, loops),
        };
    }

    public static string ToScriptJson(JsonObject data) => data.ToJsonString(ScriptJson);

    public static string NodeId(string label, string key) => label + ":" + key;

    public static string EdgeId(string type, string fromId, string toId) => type + ":" + fromId + ">" + toId;

    private static JsonObject NodeJson(GraphNode n, (double X, double Y) position, double size)
    {
        var data = new JsonObject
        {
            ["id"] = NodeId(n.Label, n.Key),
            ["label"] = n.Label,
            ["key"] = n.Key,
            ["name"] = n.Name,
            ["caption"] = Caption(n),
            ["size"] = size,
        };
        switch (n.Label)
        {
            case NodeLabels.Company or NodeLabels.Person:
                data["nameAr"] = n.NameAr;
                data["aliases"] = Strings(n.Aliases);
                data["sources"] = Strings(n.Sources);
                break;
            case NodeLabels.Deal:
                data["dealType"] = n.DealType;
                data["amountUsd"] = n.AmountUsd;
                data["amountText"] = n.AmountText;
                data["amountLabel"] = AmountLabel.Format(n.AmountUsd);
                data["status"] = n.Status;
                data["summary"] = n.Summary;
                data["sources"] = Strings(n.Sources);
                break;
            case NodeLabels.Document:
                data["path"] = n.Path;
                data["language"] = n.Language;
                break;
        }

        return new JsonObject
        {
            ["data"] = data,
            ["position"] = new JsonObject { ["x"] = position.X, ["y"] = position.Y },
        };
    }

    private static JsonObject EdgeJson(GraphRelationship r)
    {
        var from = NodeId(r.FromLabel, r.FromKey);
        var to = NodeId(r.ToLabel, r.ToKey);
        return new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["id"] = EdgeId(r.Type, from, to),
                ["source"] = from,
                ["target"] = to,
                ["type"] = r.Type,
                ["symmetric"] = RelTypes.IsSymmetric(r.Type),
                ["amountUsd"] = r.AmountUsd,
                ["amountText"] = r.AmountText,
                ["amountLabel"] = AmountLabel.Format(r.AmountUsd) ?? "",
                ["status"] = r.Status,
                ["role"] = r.Role,
                ["evidence"] = Strings(r.Evidence),
                ["sources"] = Strings(r.Sources),
            },
        };
    }

    private static string Caption(GraphNode n)
    {
        var caption = n.Label switch
        {
            NodeLabels.Deal => n.Summary ?? n.DealType ?? n.Key,
            _ => n.Name.Length > 0 ? n.Name : n.Key,
        };
        return caption.Length <= 48 ? caption : caption[..47] + "…";
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)v)]);
}
