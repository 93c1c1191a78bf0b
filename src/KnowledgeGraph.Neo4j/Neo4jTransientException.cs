namespace KnowledgeGraph.Neo4j;

/// <summary>
/// A <c>Neo.TransientError.*</c>: the same request may succeed later. Retried, except
/// <c>Transaction.Terminated</c> and <c>Transaction.LockClientStopped</c>, which mean someone stopped the
/// transaction on purpose (<see cref="IsRetryable"/> is false for them).
/// </summary>
public sealed class Neo4jTransientException : Neo4jException
{
    public Neo4jTransientException()
    {
    }

    public Neo4jTransientException(string message)
        : base(message)
    {
    }

    public Neo4jTransientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Neo4jTransientException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    /// <summary>True unless the transaction was terminated or its lock client stopped on purpose.</summary>
    public bool IsRetryable =>
        Code is not ("Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped");
}
