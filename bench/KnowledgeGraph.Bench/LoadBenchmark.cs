using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Bench;

/// <summary>
/// <c>load [--url U --user U --password P] [--sizes 100,1000,10000] [--companies 20000] [--relations 60000]
/// [--documents-per-transaction N] [--profile] [--server-pid P]</c> (default 10,000, a bulk load):
/// load throughput of <see cref="Neo4jGraphLoader"/> by batch size, beside a plain hand-written
/// <c>UNWIND $rows AS r MERGE ...</c> of the same companies and relationships in the same run.
/// Defaults come from KG_TEST_NEO4J_URL/_USER/_PASSWORD. The database is wiped before every run.
/// </summary>
internal static class LoadBenchmark
{
    private const int RelationsPerDocument = 10;
    private const int CompaniesPerDocument = 10;

    private const string PlainCompanies =
        "UNWIND $rows AS r MERGE (c:Company {key: r.key}) SET c.name = r.name, c.aliases = r.aliases, c.sources = r.sources";

    public static async Task<int> RunAsync(string[] args)
    {
        var url = Option(args, "--url", Environment.GetEnvironmentVariable("KG_TEST_NEO4J_URL"));
        if (string.IsNullOrEmpty(url))
        {
            Console.Error.WriteLine("load: give --url or set KG_TEST_NEO4J_URL (scripts/neo4j-test-server.sh start prints it)");
            return 2;
        }

        var options = new Neo4jOptions
        {
            Uri = new Uri(url),
            User = Option(args, "--user", Environment.GetEnvironmentVariable("KG_TEST_NEO4J_USER")) ?? "neo4j",
            Password = Option(args, "--password", Environment.GetEnvironmentVariable("KG_TEST_NEO4J_PASSWORD")) ?? "",
            Timeout = TimeSpan.FromMinutes(10),
        };
        var sizes = (Option(args, "--sizes", null) ?? "100,1000,10000").Split(',').Select(int.Parse).ToArray();
        var companies = int.Parse(Option(args, "--companies", null) ?? "20000", CultureInfo.InvariantCulture);
        var relations = int.Parse(Option(args, "--relations", null) ?? "60000", CultureInfo.InvariantCulture);
        var documentsPerTransaction = Option(args, "--documents-per-transaction", null) is { } dpt ? int.Parse(dpt, CultureInfo.InvariantCulture) : (int?)null;

        var documents = Generate(companies, relations);
        var model = GraphModel.Build(documents);
        var nodes = model.NodesWithLabel(NodeLabels.Company).ToList();
        var rels = model.Relationships.Where(r => RelTypes.Business.Contains(r.Type)).ToList();
        var client = new Neo4jHttpClient(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, options);
        var info = await client.GetServerInfoAsync();
        await new Neo4jGraphLoader(client, options).EnsureSchemaAsync();

        Console.WriteLine($"load benchmark on Neo4j {info.Version} at {options.Uri}: {nodes.Count} companies, {rels.Count} relationships " +
                          $"from {documents.Count} generated documents ({CompaniesPerDocument} companies, {RelationsPerDocument} relations each)");
        Console.WriteLine("the loader also writes Document nodes, MENTIONS and provenance; rates count companies and business relationships only");
        var cpu = Option(args, "--server-pid", null) is { } serverPid ? new ServerCpu(int.Parse(serverPid, CultureInfo.InvariantCulture)) : null;
        Console.WriteLine($"{"batch",6} {"method",-7} {"seconds",8} {"nodes/s",9} {"rels/s",9} {"rows/s",9} {"loader/plain",12}" +
                          (cpu is null ? "" : $" {"server cpu",10} {"plain/loader",11}"));
        var profile = args.Contains("--profile");
        foreach (var size in sizes)
        {
            if (profile)
            {
                await WipeAsync(client);
                await LoadProfile.PrintAsync(client, documents, size,
                    documentsPerTransaction ?? BulkDocumentsPerTransaction, cpu);
                continue;
            }

            await WipeAsync(client);
            var plain = await TimeAsync(() => PlainAsync(client, nodes, rels, size), cpu);
            await WipeAsync(client);
            var loaderOptions = new Neo4jOptions
            {
                Uri = options.Uri, User = options.User, Password = options.Password, Timeout = options.Timeout,
                BatchSize = size, DocumentsPerTransaction = documentsPerTransaction ?? BulkDocumentsPerTransaction,
            };
            var loaded = await TimeAsync(() => new Neo4jGraphLoader(client, loaderOptions).LoadAsync(documents), cpu);
            Print(size, "plain", plain, nodes.Count, rels.Count, null);
            Print(size, "loader", loaded, nodes.Count, rels.Count, plain);
        }

        await WipeAsync(client);
        return 0;
    }

    // A bulk load: up to 10,000 documents per transaction at every batch size (the bulk setting docs/neo4j.md
    // gives), so the 6,000 generated documents are one transaction and a company named in many documents is one
    // row, as in the plain load; the batch size is the rows per UNWIND, as there. The host's default (50) is for
    // incremental ingest; docs/neo4j.md has the trade-off (server memory, work lost with a failed transaction,
    // locks held).
    private const int BulkDocumentsPerTransaction = 10000;

    private static async Task PlainAsync(INeo4jClient client, List<GraphNode> nodes, List<GraphRelationship> rels, int size)
    {
        foreach (var chunk in nodes.Chunk(size))
        {
            await client.RunAsync(PlainCompanies, Rows(chunk.Select(n => new Dictionary<string, object?>
            {
                ["key"] = n.Key, ["name"] = n.Name, ["aliases"] = n.Aliases.ToArray(), ["sources"] = n.Sources.ToArray(),
            })));
        }

        foreach (var group in rels.GroupBy(r => r.Type))
        {
            // The endpoints by MERGE, as the loader finds them: a MATCH by key planned on stale index statistics
            // (right after the companies) becomes a hash join over an index scan per row on Neo4j 3.x, which made
            // single plain runs take minutes; MERGE is always a unique index seek, at a MATCH's cost otherwise.
            var cypher = "UNWIND $rows AS r MERGE (a:Company {key: r.from}) MERGE (b:Company {key: r.to}) " +
                         $"MERGE (a)-[x:{group.Key}]->(b) SET x.sources = r.sources, x.evidence = r.evidence, x.amountUsd = r.amountUsd, x.status = r.status";
            foreach (var chunk in group.Chunk(size))
            {
                await client.RunAsync(cypher, Rows(chunk.Select(r => new Dictionary<string, object?>
                {
                    ["from"] = r.FromKey, ["to"] = r.ToKey, ["sources"] = r.Sources, ["evidence"] = r.Evidence,
                    ["amountUsd"] = r.AmountUsd, ["status"] = r.Status,
                })));
            }
        }
    }

    private static Dictionary<string, object?> Rows(IEnumerable<Dictionary<string, object?>> rows) => new() { ["rows"] = rows.ToList() };

    private static async Task<Measured> TimeAsync(Func<Task> run, ServerCpu? cpu)
    {
        var before = cpu?.Seconds();
        var watch = Stopwatch.StartNew();
        await run();
        return new Measured(watch.Elapsed.TotalSeconds, cpu?.Seconds() - before);
    }

    private static void Print(int size, string method, Measured measured, int nodes, int rels, Measured? plain)
    {
        var s = measured.Seconds;
        var ratio = plain is { } p ? $"{p.Seconds / s,11:P0}" : "";
        var cpu = measured.ServerCpuSeconds is { } c
            ? $" {c,10:F2}" + (plain?.ServerCpuSeconds is { } pc ? $" {pc / c,11:P0}" : "")
            : "";
        Console.WriteLine($"{size,6} {method,-7} {s,8:F2} {nodes / s,9:N0} {rels / s,9:N0} {(nodes + rels) / s,9:N0} {ratio,12}{cpu}");
    }

    /// <summary>Wall seconds, and the server's CPU seconds when <c>--server-pid</c> was given.</summary>
    private sealed record Measured(double Seconds, double? ServerCpuSeconds);

    // Deletes in slices: one transaction over the whole graph would need a large heap on the test server.
    private static async Task WipeAsync(INeo4jClient client)
    {
        while (true)
        {
            var deleted = await client.RunAsync("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted");
            if (deleted.Rows[0][0].GetInt64() == 0)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Sparse random deal graph shaped like the seed articles (about one company per relation): each document names
    /// ten companies and states ten relations among them. Every company appears at least once.
    /// </summary>
    private static List<DocumentExtraction> Generate(int companies, int relations)
    {
        var random = new Random(42);
        string[] types = [RelTypes.InvestsIn, RelTypes.InvestsIn, RelTypes.BuysFrom, RelTypes.BuysFrom, RelTypes.PartnersWith];
        string[] statuses = [DealStatuses.Announced, DealStatuses.Completed, DealStatuses.Talks, DealStatuses.Reported];
        var documents = new List<DocumentExtraction>();
        for (var d = 0; d * RelationsPerDocument < relations; d++)
        {
            var named = new List<int>();
            while (named.Count < CompaniesPerDocument)
            {
                var c = d * CompaniesPerDocument + named.Count < companies ? d * CompaniesPerDocument + named.Count : random.Next(companies);
                if (!named.Contains(c))
                {
                    named.Add(c);
                }
            }

            var entities = named.Select(c => new ExtractedEntity(NodeLabels.Company, Key(c), $"Company {c}", $"شركة {c}", [$"Company {c}", $"شركة {c}"])).ToList();
            var rels = new List<ExtractedRelation>();
            for (var i = 0; i < RelationsPerDocument; i++)
            {
                var from = named[random.Next(named.Count)];
                var to = named[(named.IndexOf(from) + 1 + random.Next(named.Count - 1)) % named.Count];
                var amount = random.Next(3) == 0 ? (double?)null : random.Next(1, 1000) * 1e6;
                rels.Add(new ExtractedRelation(types[random.Next(types.Length)], Key(from), Key(to), amount,
                    amount is null ? null : $"{amount / 1e6} million dollars", statuses[random.Next(statuses.Length)], null,
                    $"Company {from} and Company {to} agreed a deal, article {d} sentence {i}."));
            }

            documents.Add(new DocumentExtraction($"bench/{d:D6}.txt", Keys.DocumentKey($"bench article {d}"), $"Article {d}", "en",
                entities, rels, []));
        }

        return documents;
    }

    private static string Key(int company) => $"company-{company:D6}";

    private static string? Option(string[] args, string name, string? fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
