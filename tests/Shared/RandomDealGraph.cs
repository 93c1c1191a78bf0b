using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Testing;

/// <summary>
/// Generated sparse deal graphs for tests and benchmarks: companies <c>co000001</c>... with INVESTS_IN and
/// BUYS_FROM edges between uniformly random pairs (like the random-edge anchor of the issue), some with amounts
/// and statuses, spread over a few documents. Deterministic for a seed.
/// </summary>
internal static class RandomDealGraph
{
    private static readonly string[] Statuses = ["announced", "completed", "talks", "stalled", "planned", "reported"];

    public static IReadOnlyList<DocumentExtraction> Documents(int seed, int companies, int edges, int documents = 4)
    {
        var random = new Random(seed);
        var width = Math.Max(6, companies.ToString().Length);
        string Key(int i) => "co" + i.ToString().PadLeft(width, '0');
        var seen = new HashSet<(string, int, int)>();
        var relations = new List<ExtractedRelation>[documents];
        var used = new HashSet<int>[documents];
        for (var d = 0; d < documents; d++)
        {
            relations[d] = [];
            used[d] = [];
        }

        while (seen.Count < edges)
        {
            var from = random.Next(companies);
            var to = random.Next(companies);
            var type = random.Next(2) == 0 ? RelTypes.InvestsIn : RelTypes.BuysFrom;
            if (from == to || !seen.Add((type, from, to)))
            {
                continue;
            }

            double? amount = random.Next(10) < 6 ? random.Next(1, 100_000) * 1e6 : null;
            var status = random.Next(10) < 8 ? Statuses[random.Next(Statuses.Length)] : null;
            var d = random.Next(documents);
            used[d].Add(from);
            used[d].Add(to);
            relations[d].Add(new ExtractedRelation(type, Key(from), Key(to), amount, null, status, null,
                $"{Name(Key(from))} {(type == RelTypes.InvestsIn ? "invests in" : "buys from")} {Name(Key(to))}."));
        }

        return [.. Enumerable.Range(0, documents).Select(d => new DocumentExtraction(
            $"generated/{seed}-{d}.txt", $"gen-{seed}-{d}", $"Generated {seed}/{d}", "en",
            [.. used[d].Order().Select(i => new ExtractedEntity(NodeLabels.Company, Key(i), Name(Key(i)), null, [Name(Key(i))]))],
            relations[d], []))];
    }

    public static GraphModel Graph(int seed, int companies, int edges) =>
        GraphModel.Build(Documents(seed, companies, edges), TimeProvider.System);

    private static string Name(string key) => "Co " + key[2..];
}
