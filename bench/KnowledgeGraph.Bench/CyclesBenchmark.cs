using System.Diagnostics;
using KnowledgeGraph.Cycles;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Bench;

/// <summary>
/// <c>cycles [--sizes 1000,10000,50000] [--edges-per-company 4] [--max-length 6] [--neo4j-timeout 120]</c>:
/// times loop finding on generated sparse graphs, in process and (when KG_TEST_NEO4J_URL is set) in Neo4j.
/// </summary>
internal static class CyclesBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = Option(args, "--sizes", "1000,10000,50000").Split(',').Select(int.Parse).ToArray();
        var perCompany = double.Parse(Option(args, "--edges-per-company", "4"), System.Globalization.CultureInfo.InvariantCulture);
        var maxLength = int.Parse(Option(args, "--max-length", "6"));
        var timeout = TimeSpan.FromSeconds(int.Parse(Option(args, "--neo4j-timeout", "120")));

        Console.WriteLine($"cycles benchmark: uniform random INVESTS_IN/BUYS_FROM edges, {perCompany} per company, loops up to {maxLength} edges");
        Console.WriteLine("(in process: wall seconds, then CPU seconds of this process - the machine may be shared)");
        Console.WriteLine($"{"companies",10} {"edges",8} {"side",-11} {"loops",7} {"seconds",8}");
        var graphs = new List<Neo4jCyclesBenchmark.Graph>();
        foreach (var companies in sizes)
        {
            var edges = (int)(companies * perCompany);
            var documents = RandomDealGraph.Documents(seed: companies, companies, edges, documents: Math.Max(4, edges / 5000));
            var graph = GraphModel.Build(documents, TimeProvider.System);
            CycleFinder.Find(graph, new CycleQuery(MaxLength: Math.Min(maxLength, 3))); // warm-up (JIT)
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var loops = CycleFinder.Find(graph, new CycleQuery(MaxLength: maxLength));
            watch.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"{companies,10} {edges,8} {"in-process",-11} {loops.Count,7} {watch.Elapsed.TotalSeconds,8:F2}  cpu {cpu.TotalSeconds:F2} s");
            graphs.Add(new Neo4jCyclesBenchmark.Graph(companies, edges, documents, loops));
        }

        var url = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_URL");
        if (string.IsNullOrEmpty(url))
        {
            Console.WriteLine("neo4j: KG_TEST_NEO4J_URL not set (start scripts/neo4j-test-server.sh): in-process figures only");
            return 0;
        }

        return await Neo4jCyclesBenchmark.RunAsync(new Uri(url), graphs, maxLength, timeout);
    }

    internal static string Fingerprint(IReadOnlyList<FinancingLoop> loops) =>
        string.Join("|", loops.Select(l => LoopOrder.KeySequence(l) + LoopOrder.TypeSequence(l)));

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
