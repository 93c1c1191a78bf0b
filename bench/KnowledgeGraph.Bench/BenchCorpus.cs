using System.Text;
using KnowledgeGraph.Documents;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Bench;

/// <summary>
/// A larger corpus made from the sentences of real articles: each generated article takes the sentences of one
/// language, shuffled with a fixed seed, about as long as the originals, so the figure does not hang on five files.
/// </summary>
internal static class BenchCorpus
{
    public static IReadOnlyList<SourceDocument> Generate(IReadOnlyList<SourceDocument> sources, long targetBytes, int seed)
    {
        var random = new Random(seed);
        var pools = sources
            .GroupBy(d => d.Language)
            .Select(g => (Language: g.Key, Sentences: g.SelectMany(d => SentenceSplitter.Split(d.Text)).Select(s => s.Text.Trim()).Where(s => s.Length > 0).ToArray(), Bytes: g.Sum(Utf8Bytes)))
            .Where(p => p.Sentences.Length > 0)
            .ToList();
        if (pools.Count == 0)
        {
            return [];
        }

        var averageArticle = Math.Max(1500, sources.Sum(Utf8Bytes) / sources.Count);
        var total = pools.Sum(p => (long)p.Bytes);
        var reader = new DocumentReader();
        var documents = new List<SourceDocument>();
        long written = 0;
        while (written < targetBytes)
        {
            // Keep the languages in the proportion of the sources.
            var pick = random.NextInt64(total);
            var pool = pools.First(p => (pick -= p.Bytes) < 0);
            var text = Article(pool.Sentences, averageArticle, random);
            var bytes = Encoding.UTF8.GetBytes(text);
            documents.Add(reader.Parse($"generated/{documents.Count:00000}-{pool.Language}.txt", bytes));
            written += bytes.Length;
        }

        return documents;
    }

    public static int Utf8Bytes(SourceDocument document) => Encoding.UTF8.GetByteCount(document.Text);

    private static string Article(string[] sentences, int bytes, Random random)
    {
        var sb = new StringBuilder(bytes + 512);
        var title = sentences[random.Next(sentences.Length)];
        sb.Append(title).Append('\n');
        var length = Encoding.UTF8.GetByteCount(title) + 1;
        var inParagraph = 0;
        while (length < bytes)
        {
            var sentence = sentences[random.Next(sentences.Length)];
            sb.Append(sentence).Append(++inParagraph % 3 == 0 ? '\n' : ' ');
            length += Encoding.UTF8.GetByteCount(sentence) + 1;
        }

        return sb.ToString();
    }
}
