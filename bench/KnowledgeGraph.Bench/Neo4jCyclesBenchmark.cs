using System.Diagnostics;
using KnowledgeGraph.Cycles;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Bench;

/// <summary>
/// The Neo4j side of <c>cycles</c>: loads each generated graph into the test server (KG_TEST_NEO4J_*) with plain
/// batched UNWIND statements (the properties the loop query reads: key, name, amountUsd, status, evidence,
/// sources - the load benchmark measures the real loader), then
/// times the whole-graph loop query (cypher/circular-financing.cypher through Neo4jCycleFinder) and the
/// anchored one (cypher/loops-through-company.cypher) under a timeout. A query past its timeout is terminated on
/// the server (its transaction is deleted) so it stops eating the machine, and is reported as timed out.
/// </summary>
internal static class Neo4jCyclesBenchmark
{
    public sealed record Graph(int Companies, int Edges, IReadOnlyList<DocumentExtraction> Documents, IReadOnlyList<FinancingLoop> Loops);

    public static async Task<int> RunAsync(Uri url, IReadOnlyList<Graph> graphs, int maxLength, TimeSpan timeout)
    {
        var options = new Neo4jOptions
        {
            Uri = url,
            User = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_PASSWORD") ?? "",
            Timeout = timeout + TimeSpan.FromSeconds(30),
            MaxRetryAttempts = 0,
            BatchSize = 5000,
            DocumentsPerTransaction = 1,
        };
        var client = new Neo4jHttpClient(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, options);
        var terminable = new TerminableNeo4jClient(client, options);
        var info = await client.GetServerInfoAsync();
        Console.WriteLine($"neo4j {info.Version} {info.Edition} at {url}, query timeout {timeout.TotalSeconds:F0} s");
        var disagreements = 0;
        foreach (var g in graphs)
        {
            await WipeAsync(client);
            await new Neo4jGraphLoader(client, options).EnsureSchemaAsync();
            var watch = Stopwatch.StartNew();
            await LoadAsync(client, GraphModel.Build(g.Documents));
            Console.WriteLine($"{g.Companies,10} {g.Edges,8} {"neo4j load",-11} {"",7} {watch.Elapsed.TotalSeconds,8:F2}");

            var whole = await TimedAsync(timeout, ct => new Neo4jCycleFinder(terminable).FindAsync(new CycleQuery(maxLength), ct));
            if (whole.Loops is { } loops)
            {
                var same = CyclesBenchmark.Fingerprint(loops) == CyclesBenchmark.Fingerprint(g.Loops);
                disagreements += same ? 0 : 1;
                Console.WriteLine($"{g.Companies,10} {g.Edges,8} {"neo4j whole",-11} {loops.Count,7} {whole.Seconds,8:F2}  {(same ? "same loops, same order as in process" : "DIFFERENT from in process")}");
            }
            else
            {
                Console.WriteLine($"{g.Companies,10} {g.Edges,8} {"neo4j whole",-11} {"-",7} {whole.Seconds,8:F2}  timed out (query terminated): whole-graph search past {timeout.TotalSeconds:F0} s");
            }

            // The anchored query on the company found in most loops: what an analyst runs in Browser.
            var busiest = g.Loops.SelectMany(l => l.Edges.Select(e => e.FromKey)).GroupBy(k => k)
                .OrderByDescending(k => k.Count()).ThenBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Key).FirstOrDefault() ?? "co000001";
            var anchored = await TimedAsync(timeout, async ct =>
            {
                var text = QueryPack.Load("loops-through-company");
                var result = await terminable.RunAsync(text, new Dictionary<string, object?> { ["company"] = busiest, ["maxLength"] = maxLength }, ct);
                return (IReadOnlyList<FinancingLoop>)[.. result.Rows.Select(_ => new FinancingLoop([]))];
            });
            var expected = g.Loops.Count(l => l.Edges.Any(e => e.FromKey == busiest));
            Console.WriteLine($"{g.Companies,10} {g.Edges,8} {"neo4j 1 co.",-11} {anchored.Loops?.Count.ToString() ?? "-",7} {anchored.Seconds,8:F2}  " +
                              (anchored.Loops is null ? "timed out (query terminated)" : $"loops through {busiest} (in process: {expected})"));
        }

        await WipeAsync(client);
        return disagreements == 0 ? 0 : 1;
    }

    private static async Task<(IReadOnlyList<FinancingLoop>? Loops, double Seconds)> TimedAsync(
        TimeSpan timeout, Func<CancellationToken, Task<IReadOnlyList<FinancingLoop>>> run)
    {
        using var cts = new CancellationTokenSource(timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            var loops = await run(cts.Token);
            return (loops, watch.Elapsed.TotalSeconds);
        }
        catch (Exception) when (cts.IsCancellationRequested)
        {
            return (null, watch.Elapsed.TotalSeconds);
        }
    }

    private static async Task LoadAsync(Neo4jHttpClient client, GraphModel graph)
    {
        foreach (var batch in graph.NodesWithLabel(NodeLabels.Company).Chunk(5000))
        {
            await client.RunAsync("UNWIND $rows AS row MERGE (c:Company {key: row.key}) SET c.name = row.name",
                new Dictionary<string, object?> { ["rows"] = batch.Select(n => new Dictionary<string, object?> { ["key"] = n.Key, ["name"] = n.Name }).ToArray() });
        }

        foreach (var type in new[] { RelTypes.InvestsIn, RelTypes.BuysFrom })
        {
            foreach (var batch in graph.RelationshipsOfType(type).Chunk(5000))
            {
                await client.RunAsync(
                    $"UNWIND $rows AS row MATCH (a:Company {{key: row.from}}) USING INDEX a:Company(key) MATCH (b:Company {{key: row.to}}) USING INDEX b:Company(key) CREATE (a)-[r:{type}]->(b) SET r += row.props",
                    new Dictionary<string, object?>
                    {
                        ["rows"] = batch.Select(r => new Dictionary<string, object?> { ["from"] = r.FromKey, ["to"] = r.ToKey, ["props"] = r.ToProperties() }).ToArray(),
                    });
            }
        }
    }

    private static async Task WipeAsync(Neo4jHttpClient client)
    {
        // In slices: one transaction deleting 250k entities would need more heap than the test server has.
        while ((await client.RunAsync("MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted")).Rows[0][0].GetInt64() > 0)
        {
        }
    }
}
