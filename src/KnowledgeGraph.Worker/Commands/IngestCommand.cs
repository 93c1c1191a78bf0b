using KnowledgeGraph.Documents;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Worker.Cli;
using KnowledgeGraph.Worker.Hosting;
using KnowledgeGraph.Worker.Options;
using KnowledgeGraph.Worker.Processing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Commands;

/// <summary>
/// <c>ingest inputs... [--out DIR]</c>: one pass. Builds the graph in memory and writes the output folder; loads
/// Neo4j too when it is configured. Stopped midway, it finishes the document in hand and writes what it has.
/// </summary>
internal sealed class IngestCommand(
    DocumentProcessor processor,
    GraphOutputs outputs,
    IGraphSink sink,
    IngestProgress progress,
    IOptions<WorkerOptions> options,
    WorkerConsole console,
    ILogger<IngestCommand> log) : IWorkerCommand
{
    public async Task<int> RunAsync(WorkerCommand command, CancellationToken stoppingToken)
    {
        var folder = command.OutputFolder ?? options.Value.OutputFolder;
        var files = DocumentReader.Expand(command.Inputs);
        var outcomes = new List<DocumentOutcome>(files.Count);
        var pending = new List<DocumentExtraction>();
        var loadFailed = false;
        log.LogInformation("Ingesting {Files} files into {Folder}{Database}", files.Count, folder, sink.IsEnabled ? $" and {sink.Description}" : "");

        await progress.RunAsync(files.Count, async done =>
        {
            foreach (var file in files)
            {
                if (stoppingToken.IsCancellationRequested)
                {
                    log.LogInformation("Stopping after {Done} of {Total} documents", outcomes.Count, files.Count);
                    break;
                }

                var outcome = processor.Process(file);
                outcomes.Add(outcome);
                done(outcome);
                if (outcome.Extraction is { } extraction)
                {
                    pending.Add(extraction);
                }

                if (pending.Count >= options.Value.LoadBatchDocuments)
                {
                    loadFailed |= !await LoadAsync(pending);
                }
            }

            loadFailed |= !await LoadAsync(pending);
        });

        var read = outcomes.Where(o => o.Succeeded).Select(o => o.Extraction!).ToList();
        Summary.Documents(console.Out, outcomes);
        if (read.Count == 0)
        {
            console.Out.WriteLine(files.Count == 0 ? "No document found in the given files and folders." : "Nothing could be read.");
            return 1;
        }

        var (graph, loops) = outputs.Build(read);
        outputs.Write(folder, graph, loops);
        Summary.Loops(console.Out, loops, DocumentPaths(graph));
        console.Out.WriteLine($"Graph written to {Path.GetFullPath(folder)} ({GraphOutputs.GraphJsonFile}, {GraphOutputs.CypherFile}, {GraphOutputs.ReportFile}, {GraphOutputs.HtmlFile})");
        return loadFailed ? 1 : 0;
    }

    internal static IReadOnlyDictionary<string, string> DocumentPaths(GraphModel graph) =>
        graph.NodesWithLabel(NodeLabels.Document).ToDictionary(d => d.Key, d => d.Path ?? d.Key, StringComparer.Ordinal);

    /// <summary>Loads and clears <paramref name="pending"/>. The batch in hand is finished even when stopping.</summary>
    private async Task<bool> LoadAsync(List<DocumentExtraction> pending)
    {
        if (!sink.IsEnabled || pending.Count == 0)
        {
            pending.Clear();
            return true;
        }

        try
        {
            await sink.LoadAsync([.. pending], CancellationToken.None);
            log.LogInformation("Loaded {Documents} documents into {Database}", pending.Count, sink.Description);
            return true;
        }
        catch (Exception ex)
        {
            log.LogError("Loading {Documents} documents into {Database} failed: {Error}", pending.Count, sink.Description, ex.Message);
            return false;
        }
        finally
        {
            pending.Clear();
        }
    }
}
