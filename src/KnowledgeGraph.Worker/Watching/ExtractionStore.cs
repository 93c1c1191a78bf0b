using System.Text.Json;
using KnowledgeGraph.Export;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Worker.Watching;

/// <summary>
/// What was extracted from each processed file, under <c>documents/</c> in the output folder, named by content
/// hash: a restart rebuilds the graph from it without reading the files again.
/// </summary>
internal sealed class ExtractionStore(string outputFolder)
{
    public const string FolderName = "documents";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private string Folder => Path.Combine(outputFolder, FolderName);

    public DocumentExtraction? TryLoad(string contentHash)
    {
        var path = PathOf(contentHash);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<DocumentExtraction>(File.ReadAllText(path), Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Not forced to disk one by one (that cost ~20 ms a document): after a power cut a lost or empty file
    // only means the document is read again, since loading treats an unreadable file as missing.
    public void Save(string contentHash, DocumentExtraction extraction) =>
        AtomicFile.WriteAllText(PathOf(contentHash), JsonSerializer.Serialize(extraction, Json), flushToDisk: false);

    /// <summary>Deletes stored extractions no ledger entry refers to any more, and temp files of a killed run.</summary>
    public void Prune(IEnumerable<string> liveHashes)
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        AtomicFile.DeleteLeftovers(Folder);
        var live = liveHashes.ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Folder, "*.json"))
        {
            if (!live.Contains(Path.GetFileNameWithoutExtension(file)))
            {
                File.Delete(file);
            }
        }
    }

    private string PathOf(string contentHash) => Path.Combine(Folder, contentHash + ".json");
}
