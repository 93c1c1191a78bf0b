namespace KnowledgeGraph.Neo4j;

/// <summary>The server refused the credentials or the user (codes `Neo.ClientError.Security.*`, HTTP 401/403/429). Never retried.</summary>
public sealed class Neo4jAuthenticationException : Neo4jException
{
    public Neo4jAuthenticationException()
    {
    }

    public Neo4jAuthenticationException(string message)
        : base(message)
    {
    }

    public Neo4jAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Neo4jAuthenticationException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
