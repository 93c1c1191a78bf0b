using System.Diagnostics;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Bench;

/// <summary>
/// Where the loader's time goes: the statements of each transaction's <see cref="LoadPlan"/> sent one by one (each
/// in its own transaction, so the figures add up to more than one transaction per batch would take), seconds per
/// statement kind, over a wiped database.
/// </summary>
internal static class LoadProfile
{
    public static async Task PrintAsync(INeo4jClient client, IReadOnlyList<DocumentExtraction> documents, int batchSize, int documentsPerTransaction, ServerCpu? cpu)
    {
        var names = Neo4jCypher.All().GroupBy(s => s.Cypher).ToDictionary(g => g.Key, g => g.First().Name);
        var seconds = new Dictionary<string, (double Seconds, double Cpu, int Rows)>();
        var now = DateTimeOffset.UtcNow;
        var hashing = Stopwatch.StartNew();
        var hashes = documents.Select(Neo4jGraphLoader.ExtractionHash).ToList();
        hashing.Stop();
        var hashIndex = 0;
        var planning = new Stopwatch();
        var serializing = new Stopwatch();
        long bytes = 0;
        foreach (var batch in documents.Chunk(documentsPerTransaction))
        {
            planning.Start();
            var plan = new LoadPlan { ReplacesStoredDocuments = false };
            foreach (var doc in batch)
            {
                plan.Add(doc, hashes[hashIndex++], now);
            }

            var statements = plan.Statements(batchSize).ToList();
            planning.Stop();
            serializing.Start();
            bytes += Neo4jRequestBody.Serialize(statements).LongLength;
            serializing.Stop();
            foreach (var statement in statements)
            {
                var before = cpu?.Seconds() ?? 0;
                var watch = Stopwatch.StartNew();
                await client.RunAsync(statement.Cypher, statement.Parameters);
                var used = (cpu?.Seconds() ?? 0) - before;
                var name = names.GetValueOrDefault(statement.Cypher, "other");
                var rows = statement.Parameters?["rows"] is IReadOnlyCollection<Dictionary<string, object?>> r ? r.Count : 0;
                var (s, c, n) = seconds.GetValueOrDefault(name);
                seconds[name] = (s + watch.Elapsed.TotalSeconds, c + used, n + rows);
            }
        }

        Console.WriteLine($"profile at {batchSize} rows, {documentsPerTransaction} documents per plan (statements one by one):");
        foreach (var (name, (s, c, rows)) in seconds.OrderByDescending(x => x.Value.Seconds))
        {
            Console.WriteLine($"  {s,7:F2} s {(cpu is null ? "" : $"{c,7:F2} s server cpu ")}{rows,8} rows  {name}");
        }

        Console.WriteLine($"  client: {hashing.Elapsed.TotalSeconds:F2} s hashing the extractions, {planning.Elapsed.TotalSeconds:F2} s building the plans, " +
                          $"{serializing.Elapsed.TotalSeconds:F2} s serialising {bytes / 1e6:F1} MB of request bodies (the loader overlaps both with the server: the first transaction is streamed as it is built, later ones are built while the server runs the one before)");
        Console.WriteLine($"  {seconds.Values.Sum(v => v.Seconds),7:F2} s {(cpu is null ? "" : $"{seconds.Values.Sum(v => v.Cpu),7:F2} s server cpu ")}in all");
    }
}
