using KnowledgeGraph.Documents;
using KnowledgeGraph.Extraction;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker.Processing;

/// <summary>Reads and extracts one file; a file that fails is logged and reported, never thrown.</summary>
internal sealed class DocumentProcessor(DocumentReader reader, Lazy<ExtractionEngine> engine, TimeProvider time, ILogger<DocumentProcessor> log)
{
    /// <summary>Processes <paramref name="files"/> in order, stopping between documents when asked to.</summary>
    public IReadOnlyList<DocumentOutcome> ProcessAll(IReadOnlyList<string> files, CancellationToken stoppingToken)
    {
        var outcomes = new List<DocumentOutcome>(files.Count);
        foreach (var file in files)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            outcomes.Add(Process(file));
        }

        return outcomes;
    }

    public DocumentOutcome Process(string path)
    {
        // Outside the per-document catch: a broken gazetteer must stop the run, not fail every document.
        var extractor = engine.Value;
        var started = time.GetTimestamp();
        try
        {
            var extraction = extractor.Extract(reader.Read(path));
            var elapsed = time.GetElapsedTime(started);
            log.LogInformation(
                "Processed {Path} key {Key}: {Entities} entities, {Relations} relations, {Deals} deals in {ElapsedMs:0} ms",
                path, extraction.Key, extraction.Entities.Count, extraction.Relations.Count, extraction.Deals.Count, elapsed.TotalMilliseconds);
            return new DocumentOutcome(path, extraction, null, elapsed);
        }
        catch (DocumentReadException ex)
        {
            log.LogWarning("Skipped {Path}: {Reason}", path, ex.Reason);
            return new DocumentOutcome(path, null, ex.Message, time.GetElapsedTime(started));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in extraction must cost one document, not the run.
            log.LogError(ex, "Failed to extract {Path}", path);
            return new DocumentOutcome(path, null, $"{path}: extraction failed: {ex.Message}", time.GetElapsedTime(started));
        }
    }
}
