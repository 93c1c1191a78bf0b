using KnowledgeGraph.Documents;
using KnowledgeGraph.Export;
using KnowledgeGraph.Worker.Cli;
using KnowledgeGraph.Worker.Hosting;
using KnowledgeGraph.Worker.Options;
using KnowledgeGraph.Worker.Processing;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Commands;

/// <summary>
/// <c>export inputs... [--html FILE] [--json FILE] [--cypher FILE]</c>: the graph of the documents as an HTML view,
/// graph JSON and a Cypher script. With no file named, all outputs go to the output folder.
/// </summary>
internal sealed class ExportCommand(
    DocumentProcessor processor,
    GraphOutputs outputs,
    IOptions<WorkerOptions> options,
    WorkerConsole console) : IWorkerCommand
{
    public Task<int> RunAsync(WorkerCommand command, CancellationToken stoppingToken)
    {
        var outcomes = processor.ProcessAll(DocumentReader.Expand(command.Inputs), stoppingToken);
        var read = outcomes.Where(o => o.Succeeded).Select(o => o.Extraction!).ToList();
        Summary.Documents(console.Out, outcomes);
        if (read.Count == 0)
        {
            console.Out.WriteLine("Nothing could be read: nothing to export.");
            return Task.FromResult(1);
        }

        var (graph, loops) = outputs.Build(read);
        if (command.HtmlPath is null && command.JsonPath is null && command.CypherPath is null)
        {
            var folder = options.Value.OutputFolder;
            outputs.Write(folder, graph, loops);
            console.Out.WriteLine($"Wrote {Path.GetFullPath(folder)}");
            return Task.FromResult(0);
        }

        if (command.HtmlPath is { } html)
        {
            HtmlView.Write(graph, loops, html);
            console.Out.WriteLine($"Wrote {html}");
        }

        if (command.JsonPath is { } json)
        {
            GraphJson.Write(graph, json);
            console.Out.WriteLine($"Wrote {json}");
        }

        if (command.CypherPath is { } cypher)
        {
            CypherScript.Write(graph, cypher);
            console.Out.WriteLine($"Wrote {cypher}");
        }

        return Task.FromResult(0);
    }
}
