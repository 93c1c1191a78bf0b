using KnowledgeGraph.Cycles;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Core.Tests.Export;

public sealed class GraphReportTests
{
    [Fact]
    public void Render_ListsTheLoopWithEvidence_AndTheEntitiesAndDeals()
    {
        var graph = ExportFixture.Graph();
        var report = GraphReport.Render(graph, CycleFinder.Find(graph, new CycleQuery()));

        Assert.Contains("1 documents, 2 companies, 1 people, 1 deals", report, StringComparison.Ordinal);
        Assert.Contains("## Circular financing (1 loop)", report, StringComparison.Ordinal);
        Assert.Contains("1. **Nvidia → OpenAI → Nvidia**: money going round $100 bn (rests on talks or a stalled deal)", report, StringComparison.Ordinal);
        Assert.Contains("   - OpenAI BUYS_FROM Nvidia: amount not stated, announced", report, StringComparison.Ordinal);
        Assert.Contains("     (in samples/a.txt)", report, StringComparison.Ordinal);
        Assert.Contains("| Jensen Huang | CEO of Nvidia |", report, StringComparison.Ordinal);
        Assert.Contains("| Nvidia invests in OpenAI | investment | $100 bn | stalled | Nvidia (investor); OpenAI (investee) |", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6.6e9, "$6.6 bn")]
    [InlineData(1.4e12, "$1.4 tn")]
    [InlineData(250e6, "$250 m")]
    [InlineData(100e9, "$100 bn")]
    public void MoneyText_IsShortAndReadable(double amount, string expected) => Assert.Equal(expected, MoneyText.Format(amount));
}
