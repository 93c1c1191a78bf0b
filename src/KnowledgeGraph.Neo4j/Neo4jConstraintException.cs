namespace KnowledgeGraph.Neo4j;

/// <summary>A write broke a schema constraint (`Neo.ClientError.Schema.ConstraintValidationFailed` and kin). Never retried.</summary>
public sealed class Neo4jConstraintException : Neo4jException
{
    public Neo4jConstraintException()
    {
    }

    public Neo4jConstraintException(string message)
        : base(message)
    {
    }

    public Neo4jConstraintException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Neo4jConstraintException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
