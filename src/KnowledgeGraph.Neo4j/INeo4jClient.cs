namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Runs Cypher against Neo4j. The shipped implementation (<see cref="Neo4jHttpClient"/>) speaks the HTTP
/// transactional API; a Bolt driver can take its place behind this interface where one is available.
/// </summary>
public interface INeo4jClient
{
    /// <summary>Runs one statement in its own transaction (auto-commit) and returns its rows.</summary>
    Task<Neo4jResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken ct = default);

    /// <summary>Runs the statements in order in one transaction: all of them commit, or none.</summary>
    Task<IReadOnlyList<Neo4jResult>> RunInTransactionAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken ct = default);

    /// <summary>The server's version, edition and transaction endpoint (read once, then cached).</summary>
    Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken ct = default);
}
