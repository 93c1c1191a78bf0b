using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Worker.Options;

/// <summary>Settings of the host (section <c>Worker</c>).</summary>
internal sealed class WorkerOptions
{
    public const string Section = "Worker";

    /// <summary>Where ingest and watch write graph.json, graph.cypher, report.md, graph.html and the ledger. Default <c>out</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "must name a folder")]
    public string OutputFolder { get; set; } = "out";

    /// <summary>Watch mode: seconds between full rescans of the folder, which catch what the file watcher missed. Default 30.</summary>
    [Range(0.05, 86400, ErrorMessage = "must be between {1} and {2} seconds")]
    public double RescanSeconds { get; set; } = 30;

    /// <summary>Watch mode: milliseconds to wait after a file event before reading, so a file being copied is read whole. Default 300.</summary>
    [Range(0, 60000, ErrorMessage = "must be between {1} and {2} milliseconds")]
    public int DebounceMilliseconds { get; set; } = 300;

    /// <summary>Documents handed to Neo4j per load call. Default 100.</summary>
    [Range(1, 100000, ErrorMessage = "must be between {1} and {2}")]
    public int LoadBatchDocuments { get; set; } = 100;
}
