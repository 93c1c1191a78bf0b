using System.Text.Json;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Neo4j.Tests.Cycles;

/// <summary>
/// The seed corpus as a careful reader annotated it (<c>shared/corpus/seeds/*.gold.json</c>), turned into
/// extractions by hand: every entity and relation not marked optional, and one deal per investment or purchase.
/// It gives the query pack a graph with known answers, independent of the extraction engine.
/// </summary>
internal static class GoldSeeds
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SeedsFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", "seeds"));

    public static string CypherFile(string name) => Path.Combine(RepositoryRoot, "cypher", name + ".cypher");

    public static IReadOnlyList<DocumentExtraction> Documents() =>
        [.. Directory.GetFiles(SeedsFolder, "*.gold.json").Order(StringComparer.Ordinal).Select(Read)];

    /// <summary>The document key the gold extraction of <c>NNN.txt</c> carries.</summary>
    public static string KeyOf(string document) => Keys.DocumentKey(File.ReadAllText(Path.Combine(SeedsFolder, document)));

    private static DocumentExtraction Read(string goldPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        var root = json.RootElement;
        var document = root.GetProperty("document").GetString()!;
        var entities = root.GetProperty("entities").EnumerateArray()
            .Where(e => !Optional(e))
            .Select(e => new ExtractedEntity(e.GetProperty("type").GetString()!, Keys.Slug(e.GetProperty("name").GetString()!),
                e.GetProperty("name").GetString()!, null,
                [.. e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)]))
            .ToList();
        var known = entities.ToDictionary(e => e.Key, e => e.Name);
        var relations = root.GetProperty("relations").EnumerateArray()
            .Where(r => !Optional(r))
            .Select(r => new ExtractedRelation(r.GetProperty("type").GetString()!, Keys.Slug(r.GetProperty("from").GetString()!),
                Keys.Slug(r.GetProperty("to").GetString()!), Number(r, "amountUsd"), null, Text(r, "status"), Text(r, "role"),
                r.GetProperty("evidence").GetString()!))
            .Where(r => known.ContainsKey(r.From) && known.ContainsKey(r.To))
            .ToList();
        var deals = relations
            .Where(r => r.Type is RelTypes.InvestsIn or RelTypes.BuysFrom)
            .Select(r =>
            {
                var investment = r.Type == RelTypes.InvestsIn;
                return new ExtractedDeal($"{Path.GetFileNameWithoutExtension(document)}-{r.From}-{(investment ? "invests-in" : "buys-from")}-{r.To}",
                    investment ? DealTypes.Investment : DealTypes.Purchase, r.AmountUsd, null, r.Status ?? DealStatuses.Reported,
                    $"{known[r.From]} {(investment ? "invests in" : "buys from")} {known[r.To]}",
                    [new(r.From, investment ? PartyRoles.Investor : PartyRoles.Buyer), new(r.To, investment ? PartyRoles.Investee : PartyRoles.Supplier)],
                    r.Evidence);
            })
            .ToList();
        return new DocumentExtraction("seeds/" + document, KeyOf(document), "Seed " + document, root.GetProperty("language").GetString()!,
            entities, relations, deals);
    }

    private static bool Optional(JsonElement e) => e.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string FindRepositoryRoot() => KnowledgeGraph.Testing.TestRepository.Root;
}
