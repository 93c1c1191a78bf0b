using System.Text.Json.Nodes;
using KnowledgeGraph.Worker.Tests.Support;

namespace KnowledgeGraph.Worker.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Extract_FolderWithABadFile_ExtractsTheOthersAndExitsZero()
    {
        _temp.Write("in/good.txt", "Nvidia plans to invest $100 billion in OpenAI.");
        _temp.Write("in/also-good.md", "Amazon invested $4 billion in Anthropic.");
        File.CreateSymbolicLink(_temp.Combine("in", "vanished.txt"), _temp.Combine("in", "no-such-target.txt"));
        _temp.Write("in/empty.txt", "");
        File.WriteAllBytes(_temp.Combine("in", "binary.txt"), [0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0]);
        var json = _temp.Combine("new-folder", "export.json");
        var worker = new InProcessWorker(_temp.Combine("logs"));

        var code = await worker.RunAsync(["extract", _temp.Combine("in"), "--json", json]);

        Assert.Equal(0, code);
        var paths = JsonNode.Parse(File.ReadAllText(json))!["documents"]!.AsArray().Select(d => Path.GetFileName((string)d!["path"]!));
        Assert.Equal(["also-good.md", "good.txt"], paths.Order(StringComparer.Ordinal));
        Assert.Contains("2 documents read", worker.Output, StringComparison.Ordinal);
        Assert.Contains("3 files could not be read:", worker.Output, StringComparison.Ordinal);
        Assert.All(["vanished.txt: ", "empty.txt: ", "binary.txt: "], name => Assert.Contains(name, worker.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_NothingReadable_ExitsNonZero()
    {
        File.CreateSymbolicLink(_temp.Combine("gone.txt"), _temp.Combine("no-such-target.txt"));
        var worker = new InProcessWorker(_temp.Combine("logs"));

        var code = await worker.RunAsync(["extract", _temp.Combine("gone.txt"), "--json", _temp.Combine("export.json")]);

        Assert.NotEqual(0, code);
        Assert.Contains("Nothing could be read.", worker.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_EmptyFolder_ExitsNonZero()
    {
        Directory.CreateDirectory(_temp.Combine("empty"));
        var worker = new InProcessWorker(_temp.Combine("logs"));

        Assert.NotEqual(0, await worker.RunAsync(["extract", _temp.Combine("empty")]));
        Assert.Contains("No document found", worker.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
