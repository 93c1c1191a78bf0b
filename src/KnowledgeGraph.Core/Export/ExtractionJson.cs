using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Export;

/// <summary>Writes the contract's extraction export: <c>{"documents": [...]}</c>.</summary>
public static class ExtractionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(IEnumerable<DocumentExtraction> documents) =>
        new JsonObject { ["documents"] = new JsonArray([.. documents.Select(ToJson)]) }.ToJsonString(Options);

    public static void Write(IEnumerable<DocumentExtraction> documents, string path)
    {
        var tmp = path + ".tmp";
        File.WriteAllText(tmp, Serialize(documents));
        File.Move(tmp, path, overwrite: true);
    }

    private static JsonObject ToJson(DocumentExtraction d) => new()
    {
        ["path"] = d.Path,
        ["key"] = d.Key,
        ["title"] = d.Title,
        ["language"] = d.Language,
        ["entities"] = new JsonArray([.. d.Entities.Select(e => (JsonNode)new JsonObject
        {
            ["type"] = e.Type,
            ["key"] = e.Key,
            ["name"] = e.Name,
            ["nameAr"] = e.NameAr,
            ["mentions"] = new JsonArray([.. e.Mentions.Select(m => (JsonNode?)m)]),
        })]),
        ["relations"] = new JsonArray([.. d.Relations.Select(r => (JsonNode)new JsonObject
        {
            ["type"] = r.Type,
            ["from"] = r.From,
            ["to"] = r.To,
            ["amountUsd"] = r.AmountUsd,
            ["amountText"] = r.AmountText,
            ["status"] = r.Status,
            ["role"] = r.Role,
            ["evidence"] = r.Evidence,
        })]),
        ["deals"] = new JsonArray([.. d.Deals.Select(x => (JsonNode)new JsonObject
        {
            ["key"] = x.Key,
            ["type"] = x.Type,
            ["amountUsd"] = x.AmountUsd,
            ["amountText"] = x.AmountText,
            ["status"] = x.Status,
            ["summary"] = x.Summary,
            ["parties"] = new JsonArray([.. x.Parties.Select(p => (JsonNode)new JsonObject { ["key"] = p.Key, ["role"] = p.Role })]),
            ["evidence"] = x.Evidence,
        })]),
    };
}
