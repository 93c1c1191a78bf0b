using KnowledgeGraph.Worker.Cli;

namespace KnowledgeGraph.Worker.Tests.Commands;

public sealed class CommandLineTests
{
    [Fact]
    public void Parse_CyclesOptions_AreRead()
    {
        var (command, config) = CommandLine.Parse(["cycles", "samples", "--max-length", "4", "--min-amount", "2.5bn", "--company", "Nvidia", "--Neo4j:Uri=http://localhost:7474"]);

        Assert.Equal("cycles", command.Mode);
        Assert.Equal(["samples"], command.Inputs);
        Assert.Equal(4, command.MaxLength);
        Assert.Equal(2.5e9, command.MinAmountUsd);
        Assert.Equal("Nvidia", command.Company);
        Assert.Equal(["--Neo4j:Uri=http://localhost:7474"], config);
    }

    [Fact]
    public void Parse_ExportFiles_AndSeparatedConfigValue()
    {
        var (command, config) = CommandLine.Parse(["export", "a", "b", "--html", "g.html", "--json", "g.json", "--cypher", "g.cypher", "--Worker:OutputFolder", "elsewhere"]);

        Assert.Equal(["a", "b"], command.Inputs);
        Assert.Equal(("g.html", "g.json", "g.cypher"), (command.HtmlPath, command.JsonPath, command.CypherPath));
        Assert.Equal(["--Worker:OutputFolder", "elsewhere"], config);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("watch a b")]
    [InlineData("cycles x --max-length 1")]
    [InlineData("cycles x --min-amount lots")]
    [InlineData("ingest x --cypher g.cypher")]
    [InlineData("extract x --json")]
    public void Parse_BadCommandLines_AreUsageErrors(string line) =>
        Assert.Throws<UsageException>(() => CommandLine.Parse(line.Split(' ')));

    [Theory]
    [InlineData("1000000", 1e6)]
    [InlineData("$5m", 5e6)]
    [InlineData("1.4tn", 1.4e12)]
    [InlineData("1e9", 1e9)]
    public void ParseAmount_ReadsShortForms(string text, double expected) =>
        Assert.Equal(expected, CommandLine.ParseAmount(text), 3);
}
