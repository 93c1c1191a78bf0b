using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>A small graph with a loop and text that needs escaping (quotes, backslash, newline, Arabic).</summary>
internal static class ExportFixture
{
    public static readonly DateTimeOffset IngestedAt = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static GraphModel Graph()
    {
        var doc = new DocumentExtraction("samples/a.txt", "doc1", "Nvidia's deal", "en",
            [
                new(NodeLabels.Company, "nvidia", "Nvidia", "إنفيديا", ["Nvidia", "إنفيديا"]),
                new(NodeLabels.Company, "openai", "OpenAI", null, ["OpenAI"]),
                new(NodeLabels.Person, "jensen-huang", "Jensen Huang", null, ["Jensen Huang"]),
            ],
            [
                new(RelTypes.InvestsIn, "nvidia", "openai", 1e11, "$100 billion", "stalled", null, "Nvidia's \"big\" bet: a\\b\nnext line"),
                new(RelTypes.BuysFrom, "openai", "nvidia", null, null, "announced", null, "OpenAI buys Nvidia chips."),
                new(RelTypes.WorksFor, "jensen-huang", "nvidia", null, null, null, "CEO", "Jensen Huang, Nvidia's chief executive."),
            ],
            [
                new("deal-1", DealTypes.Investment, 1e11, "$100 billion", "stalled", "Nvidia invests in OpenAI",
                    [new("nvidia", PartyRoles.Investor), new("openai", PartyRoles.Investee)], "Nvidia's bet."),
            ]);
        return GraphModel.Build([doc], new FixedTime(IngestedAt));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
