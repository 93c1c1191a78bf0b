using System.Text.Json.Nodes;
using KnowledgeGraph.Worker.Tests.Support;

namespace KnowledgeGraph.Worker.Tests.Commands;

public sealed class UserGazetteerTests : IDisposable
{
    private const string Article = "أعلنت زفيرينا للحوسبة عن خطة جديدة لمراكز البيانات في الرياض.\n";

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task GazetteerFilesSetting_AddsTheUsersEntries_WithoutRecompiling()
    {
        _temp.Write("in/a.txt", Article);
        var gazetteer = _temp.Write("my-companies.yaml", "- name: Zephyrina Compute\n  ar: [زفيرينا للحوسبة, زفيرينا]\n");

        var without = await KeysAsync("plain.json");
        var with = await KeysAsync("with.json", $"--Extraction:GazetteerFiles:0={gazetteer}");

        Assert.DoesNotContain("zephyrina-compute", without);
        Assert.Contains("zephyrina-compute", with);
    }

    [Fact]
    public async Task BrokenGazetteerFile_StopsTheRun_NamingTheFile()
    {
        _temp.Write("in/a.txt", Article);
        var gazetteer = _temp.Write("broken.yaml", "- ar: [no name here]\n");

        var (code, _, stderr) = await ChildWorker.RunAsync(_temp.Path, null, "extract", "in", $"--Extraction:GazetteerFiles:0={gazetteer}");

        Assert.Equal(2, code);
        Assert.Contains("Cannot load the gazetteer", stderr, StringComparison.Ordinal);
        Assert.Contains("broken.yaml", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<string>> KeysAsync(string json, params string[] settings)
    {
        var worker = new InProcessWorker(_temp.Combine("logs"));
        Assert.Equal(0, await worker.RunAsync(["extract", _temp.Combine("in"), "--json", _temp.Combine(json), .. settings]));
        return [.. JsonNode.Parse(File.ReadAllText(_temp.Combine(json)))!["documents"]![0]!["entities"]!.AsArray().Select(e => (string)e!["key"]!)];
    }

    public void Dispose() => _temp.Dispose();
}
