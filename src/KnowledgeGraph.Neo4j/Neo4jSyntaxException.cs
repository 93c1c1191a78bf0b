namespace KnowledgeGraph.Neo4j;

/// <summary>The statement is not valid Cypher for this server (`Neo.ClientError.Statement.SyntaxError`). Never retried.</summary>
public sealed class Neo4jSyntaxException : Neo4jException
{
    public Neo4jSyntaxException()
    {
    }

    public Neo4jSyntaxException(string message)
        : base(message)
    {
    }

    public Neo4jSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Neo4jSyntaxException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
