using KnowledgeGraph.Cycles;
using KnowledgeGraph.Documents;
using KnowledgeGraph.Worker.Cli;
using KnowledgeGraph.Worker.Hosting;
using KnowledgeGraph.Worker.Processing;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker.Commands;

/// <summary>
/// <c>cycles [inputs...] [--max-length N] [--min-amount X] [--company NAME]</c>: the circular-financing loops,
/// from Neo4j when it is configured, otherwise from the graph built in process from the documents given.
/// </summary>
internal sealed class CyclesCommand(
    DocumentProcessor processor,
    GraphOutputs outputs,
    ILoopSource database,
    WorkerConsole console,
    ILogger<CyclesCommand> log) : IWorkerCommand
{
    public async Task<int> RunAsync(WorkerCommand command, CancellationToken stoppingToken)
    {
        var query = new CycleQuery(command.MaxLength ?? new CycleQuery().MaxLength, command.MinAmountUsd, command.Company);
        if (database.IsEnabled)
        {
            log.LogInformation("Finding loops in {Database}{Ignored}", database.Description,
                command.Inputs.Count > 0 ? " (the files given are not read: ingest loads them)" : "");
            var (loops, paths) = await database.FindAsync(query, stoppingToken);
            Summary.Loops(console.Out, loops, paths);
            return 0;
        }

        if (command.Inputs.Count == 0)
        {
            console.Out.WriteLine("No Neo4j configured (Neo4j:Uri) and no files or folders given: no graph to search.");
            return 1;
        }

        var outcomes = processor.ProcessAll(DocumentReader.Expand(command.Inputs), stoppingToken);
        var read = outcomes.Where(o => o.Succeeded).Select(o => o.Extraction!).ToList();
        foreach (var failed in outcomes.Where(o => !o.Succeeded))
        {
            console.Out.WriteLine($"skipped {failed.Error}");
        }

        if (read.Count == 0)
        {
            console.Out.WriteLine("Nothing could be read: no graph to search.");
            return 1;
        }

        var (graph, found) = outputs.Build(read, query);
        Summary.Loops(console.Out, found, IngestCommand.DocumentPaths(graph));
        return 0;
    }
}
