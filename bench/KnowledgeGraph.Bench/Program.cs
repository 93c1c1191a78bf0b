// Benchmarks: `dotnet run -c Release --project bench/KnowledgeGraph.Bench -- <extract|load|cycles>`.
Console.Error.WriteLine("usage: <extract|load|cycles> (benchmarks land with their issues)");
return 2;
