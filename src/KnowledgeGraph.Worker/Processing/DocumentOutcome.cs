using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Worker.Processing;

/// <summary>What became of one file: its extraction, or the reason it could not be read.</summary>
internal sealed record DocumentOutcome(string Path, DocumentExtraction? Extraction, string? Error, TimeSpan Elapsed)
{
    public bool Succeeded => Extraction is not null;
}
