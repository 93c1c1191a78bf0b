using KnowledgeGraph.Documents;

namespace KnowledgeGraph.Extraction;

/// <summary>Reads companies, people, deals and relations from one document. (Placeholder until the engine lands.)</summary>
public sealed class ExtractionEngine
{
    /// <summary>The engine over the shipped gazetteer plus any user gazetteer files.</summary>
    public static ExtractionEngine CreateDefault(IEnumerable<string>? userGazetteerFiles = null) => new();

    public DocumentExtraction Extract(SourceDocument document) =>
        new(document.Path, document.Key, document.Title, document.Language, [], [], []);
}
