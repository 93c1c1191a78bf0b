using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// The whole graph as JSON: <c>{"nodes": [{"label", "key", "properties"}], "relationships": [{"type", "from",
/// "fromLabel", "to", "toLabel", "properties"}]}</c>, with the contract's property names, in a stable order.
/// </summary>
public static class GraphJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(GraphModel graph)
    {
        var nodes = new JsonArray();
        foreach (var n in GraphOrder.Nodes(graph))
        {
            nodes.Add(new JsonObject
            {
                ["label"] = n.Label,
                ["key"] = n.Key,
                ["properties"] = Properties(n.ToProperties()),
            });
        }

        var rels = new JsonArray();
        foreach (var r in GraphOrder.Relationships(graph))
        {
            rels.Add(new JsonObject
            {
                ["type"] = r.Type,
                ["from"] = r.FromKey,
                ["fromLabel"] = r.FromLabel,
                ["to"] = r.ToKey,
                ["toLabel"] = r.ToLabel,
                ["properties"] = Properties(r.ToProperties()),
            });
        }

        return new JsonObject { ["nodes"] = nodes, ["relationships"] = rels }.ToJsonString(Options);
    }

    public static void Write(GraphModel graph, string path) => AtomicFile.WriteAllText(path, Render(graph));

    private static JsonObject Properties(IReadOnlyDictionary<string, object?> properties)
    {
        var o = new JsonObject();
        foreach (var (name, value) in properties.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            o[name] = value switch
            {
                null => null,
                string s => JsonValue.Create(s),
                double d => JsonValue.Create(d),
                IEnumerable<string> list => new JsonArray([.. list.Select(x => (JsonNode?)JsonValue.Create(x))]),
                _ => JsonSerializer.SerializeToNode(value, Options),
            };
        }

        return o;
    }
}
