using System.Text.Json;

namespace KnowledgeGraph.Neo4j.Tests.Cycles;

/// <summary>Runs a file of the repository's <c>cypher/</c> folder as it is on disk, as a user would in Neo4j Browser.</summary>
internal static class QueryPackRunner
{
    public static async Task<List<Dictionary<string, JsonElement>>> RunFileAsync(INeo4jClient client, string name, IReadOnlyDictionary<string, object?> parameters)
    {
        var text = (await File.ReadAllTextAsync(GoldSeeds.CypherFile(name))).TrimEnd().TrimEnd(';');
        var result = await client.RunAsync(text, parameters);
        return [.. result.Rows.Select(row => result.Columns.Select((c, i) => (c, row[i])).ToDictionary(x => x.c, x => x.Item2))];
    }

    public static string? S(this Dictionary<string, JsonElement> row, string column) =>
        row[column].ValueKind == JsonValueKind.Null ? null : row[column].GetString();

    public static double? D(this Dictionary<string, JsonElement> row, string column) =>
        row[column].ValueKind == JsonValueKind.Null ? null : row[column].GetDouble();

    public static long L(this Dictionary<string, JsonElement> row, string column) => row[column].GetInt64();

    public static List<string?> Strings(this Dictionary<string, JsonElement> row, string column) =>
        [.. row[column].EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetString())];
}
