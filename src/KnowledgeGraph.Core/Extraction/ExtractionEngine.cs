using KnowledgeGraph.Documents;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Relations;

namespace KnowledgeGraph.Extraction;

/// <summary>Reads companies, people, deals and relations from one document. Thread-safe: the lexicons are read-only.</summary>
public sealed class ExtractionEngine(Lexicons lexicons)
{
    private readonly EntityRecognizer _recognizer = new(lexicons);

    /// <summary>The engine over the shipped gazetteer plus any user gazetteer files.</summary>
    public static ExtractionEngine CreateDefault(IEnumerable<string>? userGazetteerFiles = null) =>
        new(Lexicons.LoadDefault(userGazetteerFiles));

    public Lexicons Lexicons => lexicons;

    public DocumentExtraction Extract(SourceDocument document)
    {
        var doc = new DocumentTokens(document.Text, lexicons.Cues, lexicons.Words, document.Language);
        var entities = new Dictionary<string, DocEntity>(StringComparer.Ordinal);
        var mentions = _recognizer.Recognize(doc, entities);

        var inName = new bool[doc.Tokens.Count];
        foreach (var m in mentions)
        {
            for (var k = m.TokenStart; k < m.TokenEnd; k++)
            {
                inName[k] = true;
            }
        }

        var hits = CueScanner.Scan(doc.Tokens, lexicons.Cues, inName);
        var views = new List<SentenceView>(doc.Sentences.Count);
        int t = 0, mi = 0, hi = 0;
        foreach (var sentence in doc.Sentences)
        {
            var start = t;
            while (t < doc.Tokens.Count && doc.SentenceOfToken[t] == sentence.Index)
            {
                t++;
            }

            // Mentions and cue hits are in token order: take each sentence's share in one pass.
            var sentenceMentions = new List<Mention>();
            while (mi < mentions.Count && mentions[mi].TokenStart < t)
            {
                sentenceMentions.Add(mentions[mi++]);
            }

            var sentenceHits = new List<CueHit>();
            while (hi < hits.Count && hits[hi].Start < t)
            {
                sentenceHits.Add(hits[hi++]);
            }

            views.Add(new SentenceView(doc, sentence, start, t, sentenceMentions, sentenceHits));
        }

        var entries = lexicons.Gazetteer.Entries;
        var relations = new RelationReader(doc, views, key => entries.TryGetValue(key, out var e) ? e.Org : null, key => entries.TryGetValue(key, out var e) ? e.Category : null,
            entries.ContainsKey)
            .Read().All.ToList();
        var ordered = mentions.Select(m => m.Entity).Distinct().ToList();
        return new DocumentExtraction(
            document.Path,
            document.Key,
            document.Title,
            document.Language,
            [.. ordered.Select(e => new ExtractedEntity(e.Type, e.Key, e.Name, e.NameAr, [.. e.Mentions]))],
            relations,
            DealBuilder.Build(relations));
    }
}
