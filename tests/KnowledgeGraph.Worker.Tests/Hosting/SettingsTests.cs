using KnowledgeGraph.Worker.Tests.Support;

namespace KnowledgeGraph.Worker.Tests.Hosting;

public sealed class SettingsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData("--Worker:RescanSeconds=-1", "error: Worker:RescanSeconds must be between 0.05 and 86400 seconds (got -1)")]
    [InlineData("--Worker:LoadBatchDocuments=-5", "error: Worker:LoadBatchDocuments must be between 1 and 100000 (got -5)")]
    [InlineData("--Worker:RescanSeconds=soon", "error: Failed to convert configuration value 'soon' at 'Worker:RescanSeconds' to type 'System.Double'.")]
    [InlineData("--Extraction:GazetteerFiles:0=missing.tsv", "error: Extraction:GazetteerFiles names a file that does not exist: missing.tsv (got [\"missing.tsv\"])")]
    [InlineData("--Neo4j:BatchSize=-5", "error: Neo4j:BatchSize must be between 1 and 100000 (got -5)")]
    [InlineData("--Neo4j:Uri=not a uri", "error: Neo4j:Uri must be an absolute http:// or https:// address of the server's HTTP connector, like http://localhost:7474 (got \"not a uri\")")]
    [InlineData("--Neo4j:Uri=localhost:7474", "error: Neo4j:Uri must be an absolute http:// or https:// address of the server's HTTP connector, like http://localhost:7474 (got \"localhost:7474\")")]
    [InlineData("--Neo4j:Database=a b", "error: Neo4j:Database must be a plain database name (got \"a b\")")]
    public async Task BadSetting_StopsTheStart_WithOneLineNamingIt(string setting, string expected)
    {
        _temp.Write("in/a.txt", "text");
        // Neo4j settings are checked when Neo4j is configured; the Uri case overrides this one.
        var (code, stdout, stderr) = await ChildWorker.RunAsync(_temp.Path, new Dictionary<string, string> { ["KG__Neo4j__Uri"] = "http://localhost:7474" }, "ingest", "in", setting);

        Assert.Equal(2, code);
        Assert.Equal(expected, stderr.TrimEnd('\n'));
        Assert.Empty(stdout);
        Assert.False(Directory.Exists(_temp.Combine("out")));
    }

    [Fact]
    public async Task BadSetting_FromEnvironment_IsNamedAsASetting()
    {
        _temp.Write("in/a.txt", "text");
        var (code, _, stderr) = await ChildWorker.RunAsync(_temp.Path, new Dictionary<string, string> { ["KG__Worker__LoadBatchDocuments"] = "0" }, "ingest", "in");

        Assert.Equal(2, code);
        Assert.Equal("error: Worker:LoadBatchDocuments must be between 1 and 100000 (got 0)", stderr.TrimEnd('\n'));
    }

    [Fact]
    public async Task UnknownMode_PrintsOneLineAndUsageHint()
    {
        var (code, _, stderr) = await ChildWorker.RunAsync(_temp.Path, null, "ingets", "in");

        Assert.Equal(2, code);
        Assert.StartsWith("error: unknown mode 'ingets'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogJson_WritesCompactJsonLines()
    {
        _temp.Write("in/a.txt", "Some article text.");
        var (code, _, stderr) = await ChildWorker.RunAsync(_temp.Path, null, "ingest", "in", "--log-json");

        Assert.Equal(0, code);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.NotNull(System.Text.Json.Nodes.JsonNode.Parse(l)!["@t"]));
        Assert.Contains(lines, l => l.Contains("\"Path\":\"in/a.txt\"", StringComparison.Ordinal) || l.Contains("\"Path\":\"in", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();
}
