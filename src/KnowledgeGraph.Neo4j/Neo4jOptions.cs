using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Neo4j;

/// <summary>Settings of section <c>Neo4j</c> (environment: <c>KG__Neo4j__Uri</c>, <c>KG__Neo4j__Password</c>, ...).</summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>Base URL of the server's HTTP(S) connector, e.g. <c>http://localhost:7474</c>. Required.</summary>
    [Required]
    public Uri? Uri { get; set; }

    /// <summary>User for basic auth. Default <c>neo4j</c>.</summary>
    [Required]
    public string User { get; set; } = "neo4j";

    /// <summary>Password for basic auth. Default empty (a server without auth).</summary>
    public string Password { get; set; } = "";

    /// <summary>Database on Neo4j 4.0 and later. Default <c>neo4j</c>; 3.x has one database and ignores it.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]*$", ErrorMessage = "Neo4j:Database must be a plain database name")]
    public string Database { get; set; } = "neo4j";

    /// <summary>Rows per <c>UNWIND $rows</c> statement when loading. Default 500.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>Documents loaded per transaction; a document counts as loaded once its transaction commits. Default 50.</summary>
    [Range(1, 10_000)]
    public int DocumentsPerTransaction { get; set; } = 50;

    /// <summary>Time one HTTP request may take before it fails. Default 2 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries after a transient error, 503 or refused connection. Default 6 (about 30 s of backoff in all).</summary>
    [Range(0, 20)]
    public int MaxRetryAttempts { get; set; } = 6;

    /// <summary>First backoff delay; it doubles on every retry, with jitter. Default 0.5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
