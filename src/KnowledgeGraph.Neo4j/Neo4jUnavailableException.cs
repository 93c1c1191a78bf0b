namespace KnowledgeGraph.Neo4j;

/// <summary>The server could not be reached or answered 503 (refused connection, DNS, TLS, unavailable database). Retried.</summary>
public sealed class Neo4jUnavailableException : Neo4jException
{
    public Neo4jUnavailableException()
    {
    }

    public Neo4jUnavailableException(string message)
        : base(message)
    {
    }

    public Neo4jUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Neo4jUnavailableException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
