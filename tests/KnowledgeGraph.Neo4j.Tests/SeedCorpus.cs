using KnowledgeGraph.Documents;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>The five seed articles (<c>../shared/corpus/seeds</c> beside the repository), read and extracted by the real engine.</summary>
internal static class SeedCorpus
{
    public static string Folder => Path.GetFullPath(Path.Combine(TestServerScript.RepositoryRoot, "..", "shared", "corpus", "seeds"));

    public static IReadOnlyList<DocumentExtraction> Extract()
    {
        var reader = new DocumentReader();
        var engine = ExtractionEngine.CreateDefault();
        return [.. DocumentReader.Expand([Folder]).Select(path => engine.Extract(reader.Read(path)))];
    }
}
