using System.Diagnostics;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Documents;
using KnowledgeGraph.Export;
using KnowledgeGraph.Extraction;
using Xunit.Abstractions;

namespace KnowledgeGraph.Core.Tests.Scoring;

/// <summary>
/// The quality gate of the extraction engine: the real engine over the seed corpus, scored by the shared scorer.
/// A missing corpus or python3 fails (never skips): a gate that silently stops running guards nothing.
/// </summary>
public class ScoreGateTests(ITestOutputHelper output)
{
    private const double MinEntityF1 = 0.95;
    private const double MinRelationF1 = 0.85;

    [Fact]
    public void SeedCorpus_ScoredByTheSharedScorer_MeetsTheF1Targets()
    {
        var shared = SharedFolder();
        ScoreCorpus(Path.Combine(shared, "corpus", "seeds"), Path.Combine(shared, "tools", "score_extraction.py"), MinEntityF1, MinRelationF1, 5);
    }

    /// <summary>
    /// Articles the engine was not written from (tests/corpus, see its README). The floors sit just under what the
    /// engine reached when they were last raised (end of session 9), so a rule that helps one set but hurts the others
    /// fails here. Figures when set (entity F1 / relation F1): heldout 0.991/0.852, blind 0.994/0.913, dev2 0.994/0.807,
    /// dev3 0.959/0.816, dev4 0.964/0.779, blind2 0.939/0.784, blind3 0.981/0.852, blind4 0.975/0.825, blind5 0.966/0.797,
    /// blind6 0.978/0.826, blind7 0.977/0.809, blind8 0.975/0.744, blind9 0.982/0.869, blind10 0.983/0.832, blind11
    /// 0.966/0.780, blind12 0.971/0.819, blind13 0.977/0.786, blind14 0.983/0.740, blind15 0.981/0.815, blind16
    /// 0.972/0.779, blind17 0.965/0.843, blind18 0.968/0.814, blind19 0.970/0.667, blind20 0.961/0.724, blind21
    /// 0.944/0.768, blind22 0.963/0.757, blind23 0.964/0.783, blind24 0.974/0.684, blind25 0.990/0.882, blind26
    /// 0.970/0.818, blind27 0.988/0.775, blind28 0.966/0.724, blind29 0.969/0.670, blind30 0.956/0.637, blind31
    /// 0.956/0.803, blind32 0.972/0.667, blind33 0.983/0.922, blind34 0.968/0.652, blind35 0.967/0.833, blind36
    /// 0.956/0.800, blind37 0.911/0.574, blind38 0.953/0.671, blind39 0.956/0.758, blind40 0.972/0.609, blind41
    /// 0.969/0.739, blind42 0.923/0.752, blind43 0.900/0.720, blind44 0.974/0.782, blind45 0.962/0.713, blind46
    /// 0.974/0.741, blind47 0.967/0.819, blind48 0.967/0.667, blind49 0.974/0.749, blind50 0.975/0.772, blind51
    /// 0.943/0.778, blind52 0.939/0.620, blind53 0.974/0.791, blind54 0.953/0.695, blind55 0.962/0.760, blind56
    /// 0.953/0.781.
    /// First scores of the blind sets, before anyone read them: blind2 0.80/0.31, blind3 0.93/0.61, blind4 0.91/0.41,
    /// blind6 0.91/0.51, blind5 0.91/0.59, blind7 0.94/0.54, blind8 0.92/0.50, blind9 0.95/0.63, blind10 0.96/0.66,
    /// blind11 0.93/0.60, blind12 0.91/0.56, blind13 0.94/0.48, blind14 0.93/0.60, blind15 0.95/0.71, blind16
    /// 0.93/0.63, blind17 0.91/0.59, blind18 0.91/0.50, blind19 0.90/0.34, blind20 0.90/0.48, blind21 0.90/0.61,
    /// blind22 0.91/0.54, blind23 0.96/0.62, blind24 0.95/0.54, blind25 0.96/0.75, blind26 0.96/0.67, blind27
    /// 0.96/0.67, blind28 0.90/0.55, blind29 0.94/0.55, blind30 0.92/0.49, blind31 0.91/0.70, blind32 0.96/0.63,
    /// blind33 0.93/0.70, blind34 0.96/0.55, blind35 0.92/0.62, blind36 0.94/0.63, blind37 0.90/0.52, blind38
    /// 0.95/0.59, blind39 0.95/0.68, blind40 0.97/0.58, blind41 0.97/0.64, blind42
    /// 0.89/0.58, blind43 0.89/0.64, blind44 0.97/0.56 (blind41-44 sealed through session 7), blind45 0.91/0.57,
    /// blind46 0.93/0.42, blind47 0.92/0.75, blind48 0.93/0.55, blind49 0.90/0.65, blind50 0.96/0.75, blind51 0.90/0.71,
    /// blind52 0.89/0.53, blind53 0.95/0.68, blind54 0.94/0.64, blind55 0.95/0.68, blind56 0.95/0.73 (blind45-56 sealed
    /// through session 8).
    /// </summary>
    [Theory]
    [InlineData("heldout", 12, 0.97, 0.84)]
    [InlineData("blind", 4, 0.98, 0.90)]
    [InlineData("dev2", 8, 0.98, 0.79)]
    [InlineData("dev3", 10, 0.94, 0.80)]
    [InlineData("dev4", 10, 0.95, 0.76)]
    [InlineData("blind2", 6, 0.92, 0.77)]
    [InlineData("blind3", 6, 0.96, 0.84)]
    [InlineData("blind4", 6, 0.96, 0.81)]
    [InlineData("blind5", 6, 0.95, 0.78)]
    [InlineData("blind6", 6, 0.96, 0.81)]
    [InlineData("blind7", 6, 0.96, 0.79)]
    [InlineData("blind8", 6, 0.96, 0.73)]
    [InlineData("blind9", 6, 0.97, 0.85)]
    [InlineData("blind10", 6, 0.97, 0.82)]
    [InlineData("blind11", 6, 0.95, 0.76)]
    [InlineData("blind12", 6, 0.95, 0.80)]
    [InlineData("blind13", 6, 0.96, 0.77)]
    [InlineData("blind14", 6, 0.97, 0.72)]
    [InlineData("blind15", 6, 0.96, 0.80)]
    [InlineData("blind16", 6, 0.96, 0.76)]
    [InlineData("blind17", 6, 0.95, 0.83)]
    [InlineData("blind18", 6, 0.95, 0.80)]
    [InlineData("blind19", 6, 0.95, 0.65)]
    [InlineData("blind20", 6, 0.94, 0.71)]
    [InlineData("blind21", 6, 0.93, 0.75)]
    [InlineData("blind22", 6, 0.95, 0.74)]
    [InlineData("blind23", 6, 0.95, 0.77)]
    [InlineData("blind24", 6, 0.96, 0.67)]
    [InlineData("blind25", 6, 0.97, 0.87)]
    [InlineData("blind26", 6, 0.95, 0.80)]
    [InlineData("blind27", 6, 0.97, 0.76)]
    [InlineData("blind28", 6, 0.95, 0.71)]
    [InlineData("blind29", 6, 0.95, 0.65)]
    [InlineData("blind30", 6, 0.94, 0.62)]
    [InlineData("blind31", 6, 0.94, 0.79)]
    [InlineData("blind32", 6, 0.96, 0.65)]
    [InlineData("blind33", 6, 0.97, 0.91)]
    [InlineData("blind34", 6, 0.95, 0.64)]
    [InlineData("blind35", 6, 0.95, 0.82)]
    [InlineData("blind36", 6, 0.94, 0.78)]
    [InlineData("blind37", 6, 0.89, 0.56)]
    [InlineData("blind38", 6, 0.94, 0.65)]
    [InlineData("blind39", 6, 0.94, 0.74)]
    [InlineData("blind40", 6, 0.96, 0.59)]
    [InlineData("blind41", 6, 0.95, 0.72)]
    [InlineData("blind42", 6, 0.91, 0.74)]
    [InlineData("blind43", 6, 0.88, 0.70)]
    [InlineData("blind44", 6, 0.96, 0.77)]
    [InlineData("blind45", 6, 0.95, 0.70)]
    [InlineData("blind46", 6, 0.96, 0.72)]
    [InlineData("blind47", 6, 0.95, 0.80)]
    [InlineData("blind48", 6, 0.95, 0.65)]
    [InlineData("blind49", 6, 0.96, 0.73)]
    [InlineData("blind50", 6, 0.96, 0.76)]
    [InlineData("blind51", 6, 0.93, 0.76)]
    [InlineData("blind52", 6, 0.92, 0.60)]
    [InlineData("blind53", 6, 0.96, 0.77)]
    [InlineData("blind54", 6, 0.94, 0.68)]
    [InlineData("blind55", 6, 0.95, 0.74)]
    [InlineData("blind56", 6, 0.94, 0.76)]
    public void DevelopmentCorpus_ScoredByTheSharedScorer_DoesNotRegress(string set, int articles, double minEntityF1, double minRelationF1)
    {
        var shared = SharedFolder();
        var corpus = Path.Combine(RepositoryRoot(), "tests", "corpus", set);
        ScoreCorpus(corpus, Path.Combine(shared, "tools", "score_extraction.py"), minEntityF1, minRelationF1, articles);
    }

    private void ScoreCorpus(string corpus, string scorer, double minEntityF1, double minRelationF1, int expectedFiles)
    {
        Assert.True(Directory.Exists(corpus), $"corpus not found at {corpus}: the shared folder must sit beside the repository (../shared)");
        Assert.True(File.Exists(scorer), $"scorer not found at {scorer}");

        var files = DocumentReader.Expand([corpus]);
        Assert.True(files.Count >= expectedFiles, $"expected {expectedFiles} articles in {corpus}, found {files.Count}");
        var reader = new DocumentReader();
        var engine = ExtractionEngine.CreateDefault();
        var extractions = files.Select(f => engine.Extract(reader.Read(f))).ToList();

        var export = Path.Combine(Path.GetTempPath(), $"kg-score-export-{Guid.NewGuid():N}.json");
        try
        {
            ExtractionJson.Write(extractions, export);
            var json = RunScorer(scorer, export, corpus);
            using var score = JsonDocument.Parse(json);
            var root = score.RootElement;
            var entityF1 = root.GetProperty("entity_f1").GetDouble();
            var relationF1 = root.GetProperty("relation_f1").GetDouble();
            var report = Report(root);
            output.WriteLine(report);

            Assert.True(entityF1 >= minEntityF1 && relationF1 >= minRelationF1,
                $"score below target (entity F1 >= {minEntityF1}, relation F1 >= {minRelationF1}):\n{report}");
        }
        finally
        {
            File.Delete(export);
        }
    }

    private static string RunScorer(string scorer, string export, string seeds)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { scorer, export, seeds, "--json" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail($"python3 is needed to score the seed corpus and could not be started: {ex.Message}");
            throw;
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("the scorer did not finish within two minutes");
            }

            Assert.True(process.ExitCode == 0, $"the scorer failed (exit {process.ExitCode}):\n{stderr.Result}\n{stdout}");
            return stdout;
        }
    }

    /// <summary>The figures, then per document what was missed and what was found wrongly.</summary>
    private static string Report(JsonElement root)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"entity P/R/F1 = {root.GetProperty("entity_p")}/{root.GetProperty("entity_r")}/{root.GetProperty("entity_f1")}");
        sb.AppendLine($"relation P/R/F1 = {root.GetProperty("relation_p")}/{root.GetProperty("relation_r")}/{root.GetProperty("relation_f1")}");
        sb.AppendLine($"amounts right: {Compact(root.GetProperty("amounts_right"))}, statuses right: {Compact(root.GetProperty("statuses_right"))}");
        foreach (var split in root.GetProperty("entities_split_across_keys").EnumerateObject())
        {
            sb.AppendLine($"split across keys: {split.Name} -> {Compact(split.Value)}");
        }

        foreach (var document in root.GetProperty("documents").EnumerateArray())
        {
            sb.AppendLine($"{document.GetProperty("document")}: entities tp/fp/fn {Compact(document.GetProperty("entity"))}, relations tp/fp/fn {Compact(document.GetProperty("relation"))}");
            foreach (var list in new[] { "missed_entities", "false_entities", "missed_relations", "false_relations" })
            {
                var items = document.GetProperty(list);
                if (items.GetArrayLength() > 0)
                {
                    sb.AppendLine($"  {list}: {Compact(items)}");
                }
            }
        }

        return sb.ToString();
    }

    private static string Compact(JsonElement element) =>
        JsonSerializer.Serialize(element, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The <c>shared</c> folder beside the repository root (the folder holding KnowledgeGraph.sln).</summary>
    private static string SharedFolder() => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared"));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        Assert.Fail($"KnowledgeGraph.sln not found above {AppContext.BaseDirectory}: cannot locate ../shared");
        return "";
    }
}
