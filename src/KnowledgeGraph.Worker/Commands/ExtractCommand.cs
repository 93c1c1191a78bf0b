using KnowledgeGraph.Documents;
using KnowledgeGraph.Export;
using KnowledgeGraph.Worker.Cli;
using KnowledgeGraph.Worker.Hosting;
using KnowledgeGraph.Worker.Processing;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker.Commands;

/// <summary><c>extract inputs... [--json FILE]</c>: the contract's extraction export and a summary. Fails only when nothing could be read.</summary>
internal sealed class ExtractCommand(DocumentProcessor processor, WorkerConsole console, ILogger<ExtractCommand> log) : IWorkerCommand
{
    public Task<int> RunAsync(WorkerCommand command, CancellationToken stoppingToken)
    {
        var outcomes = processor.ProcessAll(DocumentReader.Expand(command.Inputs), stoppingToken);
        var read = outcomes.Where(o => o.Succeeded).Select(o => o.Extraction!).ToList();
        if (command.JsonPath is { } json)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(json))!);
            ExtractionJson.Write(read, json);
            log.LogInformation("Wrote {Path} ({Documents} documents)", json, read.Count);
        }

        Summary.Documents(console.Out, outcomes);
        if (read.Count == 0)
        {
            console.Out.WriteLine(outcomes.Count == 0 ? "No document found in the given files and folders." : "Nothing could be read.");
            return Task.FromResult(1);
        }

        return Task.FromResult(0);
    }
}
