using KnowledgeGraph.Export.Html;

namespace KnowledgeGraph.Core.Tests.Export;

public class AmountLabelTests
{
    [Theory]
    [InlineData(100e9, "$100bn")]
    [InlineData(38e9, "$38bn")]
    [InlineData(1.5e9, "$1.5bn")]
    [InlineData(500e9, "$500bn")]
    [InlineData(1.4e12, "$1.4tn")]
    [InlineData(250e6, "$250m")]
    [InlineData(6.6e9, "$6.6bn")]
    [InlineData(12_000, "$12k")]
    [InlineData(999, "$999")]
    public void Format_Amount_ShortDollarLabel(double usd, string expected) => Assert.Equal(expected, AmountLabel.Format(usd));

    [Fact]
    public void Format_NoAmount_Null() => Assert.Null(AmountLabel.Format(null));
}
