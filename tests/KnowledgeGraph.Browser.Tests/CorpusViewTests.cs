using KnowledgeGraph.Cycles;
using KnowledgeGraph.Documents;
using KnowledgeGraph.Export;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>The page written for real articles, through the real extraction engine and cycle finder.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CorpusViewTests(BrowserFixture browser)
{
    [Fact]
    public async Task SeedCorpus_DrawsTheGoldEntitiesAndRelationsHighlightsTheNvidiaLoopAndShowsEvidenceOnClick()
    {
        var file = Write(RepositoryPaths.Seeds, "seed-corpus.html");
        await using var view = await browser.OpenAsync(file);
        var page = view.Page;

        var nodes = await page.EvaluateAsync<string[]>("() => kg.visibleNodeIds()");
        Assert.Superset(new HashSet<string> { "Company:nvidia", "Company:openai", "Company:amazon", "Company:microsoft", "Company:softbank", "Person:sam-altman", "Person:jensen-huang" }, nodes.ToHashSet());
        var edges = await page.EvaluateAsync<string[]>("() => kg.visibleEdgeIds()");
        Assert.Superset(new HashSet<string>
        {
            "INVESTS_IN:Company:nvidia>Company:openai",
            "BUYS_FROM:Company:openai>Company:nvidia",
            "INVESTS_IN:Company:amazon>Company:openai",
            "WORKS_FOR:Person:sam-altman>Company:openai",
        }, edges.ToHashSet());

        // The corpus's example of circular financing is listed, drawn as a loop, and focused when clicked.
        Assert.True(await page.EvaluateAsync<bool>("() => kg.cy.getElementById('INVESTS_IN:Company:nvidia>Company:openai').hasClass('kg-loop')"));
        await page.Locator("#kg-loops li", new() { HasText = "Nvidia → OpenAI → Nvidia" }).ClickAsync();
        var focused = await page.EvaluateAsync<string[]>("() => kg.cy.edges('.kg-focus').map(e => e.id())");
        Assert.Contains("INVESTS_IN:Company:nvidia>Company:openai", focused);
        Assert.Contains("BUYS_FROM:Company:openai>Company:nvidia", focused);
        await view.ScreenshotAsync("seed-corpus-loop");

        await page.Locator("#kg-fit").ClickAsync();
        await ClickNodeAsync(page, "Company:nvidia");
        var evidence = await page.Locator("#kg-details .kg-evidence").AllInnerTextsAsync();
        Assert.Contains(evidence, e => e.Contains("إنفيديا", StringComparison.Ordinal) && e.Contains("001.txt", StringComparison.Ordinal));
        Assert.Contains("إنفيديا", await page.Locator("#kg-details [data-section=aliases]").InnerTextAsync());
        Assert.Contains("001.txt", await page.Locator("#kg-details [data-section=source-documents]").InnerTextAsync());
        await view.ScreenshotAsync("seed-corpus-nvidia");
        Assert.All(view.Requests, url => Assert.StartsWith("file:", url, StringComparison.Ordinal));
        Assert.Empty(view.Errors);
    }

    [Fact]
    public async Task Samples_ListTheirLoopsAndShowOpenAiOnClick()
    {
        var file = Write(RepositoryPaths.Samples, "samples.html");
        await using var view = await browser.OpenAsync(file);

        Assert.NotEmpty(await view.Page.Locator("#kg-loops li[data-loop]").AllInnerTextsAsync());
        await ClickNodeAsync(view.Page, "Company:openai");
        Assert.Contains("OpenAI", await view.Page.Locator("#kg-details h2").InnerTextAsync());
        Assert.NotEmpty(await view.Page.Locator("#kg-details .kg-evidence").AllInnerTextsAsync());
        // The picture for the README (docs/images/graph-view.png is copied from this artefact).
        await view.ScreenshotAsync("graph-view");
        Assert.Empty(view.Errors);
    }

    private static string Write(string folder, string name)
    {
        var reader = new DocumentReader();
        var engine = ExtractionEngine.CreateDefault();
        var graph = GraphModel.Build(DocumentReader.Expand([folder]).Select(f => engine.Extract(reader.Read(f))));
        var path = Path.Combine(AppContext.BaseDirectory, "artifacts", name);
        HtmlView.Write(graph, CycleFinder.Find(graph, new CycleQuery()), path, "KnowledgeGraph: " + Path.GetFileName(folder));
        return path;
    }

    // A real mouse click at the node's place on the canvas, as a user would.
    private static async Task ClickNodeAsync(IPage page, string id)
    {
        var at = await page.EvaluateAsync<float[]>($"() => {{ const p = kg.cy.getElementById('{id}').renderedPosition(); return [p.x, p.y]; }}");
        var canvas = await page.Locator("#kg-cy").BoundingBoxAsync() ?? throw new InvalidOperationException("no canvas");
        await page.Mouse.ClickAsync(canvas.X + at[0], canvas.Y + at[1]);
    }
}
