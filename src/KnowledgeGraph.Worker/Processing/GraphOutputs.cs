using KnowledgeGraph.Cycles;
using KnowledgeGraph.Export;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker.Processing;

/// <summary>The embedded default's output folder: graph.json, graph.cypher, and report.md, each written atomically.</summary>
internal sealed class GraphOutputs(TimeProvider time, ILogger<GraphOutputs> log)
{
    public const string GraphJsonFile = "graph.json";
    public const string CypherFile = "graph.cypher";
    public const string ReportFile = "report.md";
    public const string HtmlFile = "graph.html";

    /// <summary>Builds the graph of <paramref name="documents"/> and finds its loops.</summary>
    public (GraphModel Graph, IReadOnlyList<FinancingLoop> Loops) Build(IEnumerable<DocumentExtraction> documents, CycleQuery? query = null)
    {
        var graph = GraphModel.Build(documents, time);
        return (graph, CycleFinder.Find(graph, query ?? new CycleQuery()));
    }

    public void Write(string folder, GraphModel graph, IReadOnlyList<FinancingLoop> loops)
    {
        var started = time.GetTimestamp();
        Directory.CreateDirectory(folder);
        AtomicFile.DeleteLeftovers(folder);
        File.Delete(Path.Combine(folder, HtmlFile + ".tmp")); // HtmlView's own temp file, should a killed run have left it
        GraphJson.Write(graph, Path.Combine(folder, GraphJsonFile));
        CypherScript.Write(graph, Path.Combine(folder, CypherFile));
        GraphReport.Write(graph, loops, Path.Combine(folder, ReportFile));
        HtmlView.Write(graph, loops, Path.Combine(folder, HtmlFile));
        log.LogInformation(
            "Wrote {Folder}: {Nodes} nodes, {Relationships} relationships, {Loops} loops in {ElapsedMs:0} ms",
            folder, graph.Nodes.Count(), graph.Relationships.Count(), loops.Count, time.GetElapsedTime(started).TotalMilliseconds);
    }
}
