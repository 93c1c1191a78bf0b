// Benchmarks: `dotnet run -c Release --project bench/KnowledgeGraph.Bench -- <extract|load|cycles|html>`.
return args.FirstOrDefault() switch
{
    "extract" => KnowledgeGraph.Bench.ExtractBenchmark.Run(args[1..]),
    "load" => await KnowledgeGraph.Bench.LoadBenchmark.RunAsync(args[1..]),
    "cycles" => await KnowledgeGraph.Bench.CyclesBenchmark.RunAsync(args[1..]),
    "html" => await KnowledgeGraph.Bench.HtmlBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: <extract|load|cycles|html> (benchmarks land with their issues)");
    return 2;
}
