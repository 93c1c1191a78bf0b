using KnowledgeGraph.Cycles;
using KnowledgeGraph.Documents;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Core.Tests.Cycles;

/// <summary>The question users came for, on the seed corpus read by the real extraction engine.</summary>
public class SeedCorpusLoopsTests
{
    [Fact]
    public void Find_SeedCorpus_NvidiaAndAmazonLoopsWithAmountsStatusesAndEvidence()
    {
        var graph = GraphModel.Build(SeedExtractions());

        var loops = CycleFinder.Find(graph, new CycleQuery());

        var byChain = loops.ToDictionary(l => string.Join(" ", l.CompanyKeys));
        var nvidia = byChain["nvidia openai"];
        var amazon = byChain["amazon openai"];
        Assert.Equal([RelTypes.InvestsIn, RelTypes.BuysFrom], nvidia.Edges.Select(e => e.Type));
        Assert.Equal([RelTypes.InvestsIn, RelTypes.BuysFrom], amazon.Edges.Select(e => e.Type));
        Assert.All(nvidia.Edges.Concat(amazon.Edges), e =>
        {
            Assert.NotNull(e.Status);
            Assert.NotEmpty(e.Evidence);
            Assert.NotEmpty(e.Sources);
        });
        Assert.Equal(50e9, amazon.Edges[0].AmountUsd);
        Assert.NotNull(amazon.MoneyAround);
        Assert.True(amazon.IsTentative);
        Assert.Contains(amazon.Edges[0].Evidence, e => e.Contains("أمازون"));
    }

    [Fact]
    public void Format_SeedCorpus_EachLoopWithItsArabicEvidenceAndDocumentPaths()
    {
        var extractions = SeedExtractions();
        var graph = GraphModel.Build(extractions);

        var text = LoopFormatter.Format(CycleFinder.Find(graph, new CycleQuery()), graph);

        Assert.Contains("Amazon -> OpenAI -> Amazon", text);
        Assert.Contains("Nvidia -> OpenAI -> Nvidia", text);
        Assert.Contains("001.txt", text);
        foreach (var sentence in CycleFinder.Find(graph, new CycleQuery()).SelectMany(l => l.Edges).SelectMany(e => e.Evidence))
        {
            Assert.Contains("    > " + sentence + "\n", text);
        }
    }

    internal static List<DocumentExtraction> SeedExtractions()
    {
        var engine = ExtractionEngine.CreateDefault();
        var reader = new DocumentReader();
        return [.. Directory.GetFiles(SeedsFolder(), "*.txt").Order(StringComparer.Ordinal).Select(p => engine.Extract(reader.Read(p)))];
    }

    private static string SeedsFolder() => KnowledgeGraph.Testing.TestRepository.Seeds;
}
