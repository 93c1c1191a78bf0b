namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>A data file (gazetteer, lexicon) with an error; the message names the file and line.</summary>
public sealed class LexiconFormatException(string file, long line, string reason)
    : Exception($"{file}:{line}: {reason}")
{
    public string File { get; } = file;
    public long Line { get; } = line;
}
