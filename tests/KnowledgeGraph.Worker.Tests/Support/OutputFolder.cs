using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Worker.Tests.Support;

/// <summary>Reads what the worker wrote to its output folder.</summary>
internal static class OutputFolder
{
    /// <summary>File names (without folder) of the Document nodes in graph.json; empty when there is none yet.</summary>
    public static IReadOnlyList<string> DocumentFileNames(string folder)
    {
        var path = Path.Combine(folder, "graph.json");
        if (!File.Exists(path))
        {
            return [];
        }

        var graph = JsonNode.Parse(File.ReadAllText(path))!;
        return [.. graph["nodes"]!.AsArray()
            .Where(n => (string?)n!["label"] == "Document")
            .Select(n => Path.GetFileName((string)n!["properties"]!["path"]!))
            .Order(StringComparer.Ordinal)];
    }

    public static JsonArray LedgerEntries(string folder) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "ledger.json")))!["entries"]!.AsArray();

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, Action? tick = null)
    {
        var until = DateTime.UtcNow + timeout;
        while (!Safe(condition))
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("condition not met in time");
            }

            tick?.Invoke();
            await Task.Delay(50);
        }
    }

    private static bool Safe(Func<bool> condition)
    {
        try
        {
            return condition();
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return false;
        }
    }
}
