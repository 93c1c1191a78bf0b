namespace KnowledgeGraph.Documents;

/// <summary>A file that could not be read as a document. The message names the file and the reason.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string path, string reason, Exception? inner = null)
        : base($"{path}: {reason}", inner)
    {
        FilePath = path;
        Reason = reason;
    }

    public string FilePath { get; }
    public string Reason { get; }
}
