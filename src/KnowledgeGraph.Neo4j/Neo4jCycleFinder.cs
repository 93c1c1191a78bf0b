using System.Text.Json;
using KnowledgeGraph.Cycles;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Finds circular-financing loops in Neo4j with the query pack's <c>cypher/circular-financing.cypher</c>:
/// the same loops, in the same order, as <see cref="CycleFinder"/> over the same graph in process.
/// </summary>
public sealed class Neo4jCycleFinder
{
    /// <summary>Longest loop the server is asked for: each extra edge multiplies the paths it expands.</summary>
    public const int MaxSupportedLength = 10;

    // The file's variable-length pattern carries this fixed bound; it is rewritten to the query's MaxLength.
    private const string PatternBound = "*2..6]";

    private static readonly Lazy<string> Template = new(() =>
    {
        var text = QueryPack.Load(QueryPack.CircularFinancing);
        var at = text.IndexOf(PatternBound, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(PatternBound, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"cypher/circular-financing.cypher must contain the pattern bound '{PatternBound}' exactly once");
        }

        return text;
    });

    private readonly INeo4jClient _client;

    public Neo4jCycleFinder(INeo4jClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <summary>The loops matching <paramref name="query"/>, ranked as <see cref="CycleFinder.Find"/> ranks them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">MaxLength is below 2 or above <see cref="MaxSupportedLength"/>.</exception>
    public async Task<IReadOnlyList<FinancingLoop>> FindAsync(CycleQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxLength, 2, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.MaxLength, MaxSupportedLength, nameof(query));

        var cypher = Template.Value.Replace(PatternBound, $"*2..{query.MaxLength}]", StringComparison.Ordinal);
        var result = await _client.RunAsync(cypher, new Dictionary<string, object?>
        {
            ["maxLength"] = query.MaxLength,
            ["minAmountUsd"] = query.MinAmountUsd,
            ["company"] = string.IsNullOrWhiteSpace(query.Company) ? null : query.Company.Trim(),
        }, ct);

        var edgesColumn = result.Columns.ToList().IndexOf("edges");
        if (edgesColumn < 0)
        {
            throw new InvalidOperationException("cypher/circular-financing.cypher must return an 'edges' column");
        }

        return [.. result.Rows.Select(row => new FinancingLoop([.. row[edgesColumn].EnumerateArray().Select(ToEdge)]))];
    }

    /// <summary>Document key → path for every source of <paramref name="loops"/>, for <see cref="LoopFormatter"/>.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DocumentPathsAsync(IReadOnlyList<FinancingLoop> loops, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(loops);
        var keys = loops.SelectMany(l => l.Edges).SelectMany(e => e.Sources).Distinct(StringComparer.Ordinal).ToArray();
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return paths;
        }

        var result = await _client.RunAsync(QueryPack.Load(QueryPack.DocumentsByKey), new Dictionary<string, object?> { ["keys"] = keys }, ct);
        for (var i = 0; i < result.Rows.Count; i++)
        {
            if (result[i, "path"].ValueKind == JsonValueKind.String)
            {
                paths[result[i, "key"].GetString()!] = result[i, "path"].GetString()!;
            }
        }

        return paths;
    }

    private static LoopEdge ToEdge(JsonElement e) => new(
        Text(e, "type") ?? "",
        Text(e, "fromKey") ?? "",
        Text(e, "fromName") ?? Text(e, "fromKey") ?? "",
        Text(e, "toKey") ?? "",
        Text(e, "toName") ?? Text(e, "toKey") ?? "",
        e.TryGetProperty("amountUsd", out var amount) && amount.ValueKind == JsonValueKind.Number ? amount.GetDouble() : null,
        Text(e, "status"),
        Texts(e, "evidence"),
        Texts(e, "sources"));

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string[] Texts(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : [];
}
