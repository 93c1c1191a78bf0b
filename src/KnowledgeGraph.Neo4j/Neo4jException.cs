namespace KnowledgeGraph.Neo4j;

/// <summary>
/// A failure reported by Neo4j (an entry of the response's <c>errors[]</c>) or met on the way to it.
/// <see cref="Code"/> is Neo4j's status code (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>); failures
/// that happen before Neo4j answers use codes starting with <c>KnowledgeGraph.</c>. Messages never hold the password.
/// </summary>
public class Neo4jException : Exception
{
    public Neo4jException()
        : this("KnowledgeGraph.Unknown", "Neo4j request failed")
    {
    }

    public Neo4jException(string message)
        : this("KnowledgeGraph.Unknown", message)
    {
    }

    public Neo4jException(string message, Exception innerException)
        : this("KnowledgeGraph.Unknown", message, innerException)
    {
    }

    public Neo4jException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>Neo4j's status code, or a <c>KnowledgeGraph.*</c> code for client-side failures.</summary>
    public string Code { get; } = "KnowledgeGraph.Unknown";
}
