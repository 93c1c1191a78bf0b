using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;
using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class HtmlViewBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string NvidiaInvestsInOpenAi = "INVESTS_IN:Company:nvidia>Company:openai";
    private const string OpenAiBuysFromNvidia = "BUYS_FROM:Company:openai>Company:nvidia";
    private const string AmazonInvestsInOpenAi = "INVESTS_IN:Company:amazon>Company:openai";
    private const string OpenAiBuysFromAmazon = "BUYS_FROM:Company:openai>Company:amazon";

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"kg-view-{Guid.NewGuid():N}.html");
    private OpenedView _view = null!;

    private IPage Page => _view.Page;

    public async Task InitializeAsync()
    {
        var graph = SampleGraph.Graph();
        HtmlView.Write(graph, SampleGraph.Loops(graph), _file, "AI money (sample)");
        _view = await browser.OpenAsync(_file);
    }

    public async Task DisposeAsync()
    {
        await _view.DisposeAsync();
        File.Delete(_file);
    }

    [Fact]
    public async Task Open_DrawsTheCompaniesPeopleAndBusinessEdgesInsideTheCanvas()
    {
        var nodes = await Page.EvaluateAsync<string[]>("() => kg.visibleNodeIds()");
        var edges = await Page.EvaluateAsync<string[]>("() => kg.visibleEdgeIds()");

        Assert.Equal(
            ["Company:amazon", "Company:anthropic", "Company:google", "Company:microsoft", "Company:nvidia", "Company:openai", "Person:jensen-huang"],
            nodes.Order(StringComparer.Ordinal));
        Assert.Contains(NvidiaInvestsInOpenAi, edges);
        Assert.Contains(OpenAiBuysFromNvidia, edges);
        Assert.Contains(OpenAiBuysFromAmazon, edges);
        Assert.Contains("WORKS_FOR:Person:jensen-huang>Company:nvidia", edges);
        Assert.Contains("COMPETES_WITH:Company:amazon>Company:microsoft", edges);
        Assert.Equal(9, edges.Length);

        // Every drawn node lies inside the canvas after the layout has fitted the view.
        var outside = await Page.EvaluateAsync<string[]>(
            "() => kg.cy.nodes(':visible').filter(n => { const b = n.renderedBoundingBox(); return b.x1 < 0 || b.y1 < 0 || b.x2 > kg.cy.width() || b.y2 > kg.cy.height(); }).map(n => n.id())");
        Assert.Empty(outside);
        Assert.Equal("$100bn", await Page.EvaluateAsync<string>($"() => kg.cy.getElementById('{NvidiaInvestsInOpenAi}').style('label')"));
        Assert.Empty(_view.Errors);
    }

    [Fact]
    public void Open_LoadsNothingButTheFileItself()
    {
        Assert.NotEmpty(_view.Requests);
        Assert.All(_view.Requests, url => Assert.True(url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), url));
    }

    [Fact]
    public async Task Open_HighlightsLoopEdgesAndListsTheLoops()
    {
        var loopEdges = await Page.EvaluateAsync<string[]>("() => kg.cy.edges('.kg-loop').map(e => e.id())");
        Assert.Equal(new[] { AmazonInvestsInOpenAi, NvidiaInvestsInOpenAi, OpenAiBuysFromAmazon, OpenAiBuysFromNvidia }.Order(StringComparer.Ordinal), loopEdges.Order(StringComparer.Ordinal));
        var items = await Page.Locator("#kg-loops li").AllInnerTextsAsync();
        Assert.Equal(2, items.Count);
        Assert.Contains(items, i => i.Contains("Nvidia → OpenAI → Nvidia", StringComparison.Ordinal) && i.Contains("$100bn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClickLoop_FocusesItsEdgesFadesTheRestAndShowsItsEvidence()
    {
        await Page.Locator("#kg-loops li", new() { HasText = "Nvidia → OpenAI" }).ClickAsync();

        var focused = await Page.EvaluateAsync<string[]>("() => kg.cy.edges('.kg-focus').map(e => e.id())");
        Assert.Equal([OpenAiBuysFromNvidia, NvidiaInvestsInOpenAi], focused.Order(StringComparer.Ordinal));
        Assert.True(await Page.EvaluateAsync<bool>($"() => kg.cy.getElementById('{OpenAiBuysFromAmazon}').hasClass('kg-faded')"));
        var panel = await Page.EvaluateAsync<string>("() => kg.details()");
        Assert.Contains(SampleGraph.NvidiaEvidence, panel);
        Assert.Contains(SampleGraph.OpenAiBuysNvidiaEvidence, panel);
        await _view.ScreenshotAsync("sample-loop");
    }

    [Fact]
    public async Task ClickNode_ShowsAliasesDealsEvidenceAndSourceDocuments()
    {
        await _view.ScreenshotAsync("sample-open");
        var at = await Page.EvaluateAsync<Point>("() => kg.cy.getElementById('Company:nvidia').renderedPosition()");
        var canvas = await Page.Locator("#kg-cy").BoundingBoxAsync();
        await Page.Mouse.ClickAsync(canvas!.X + at.X, canvas.Y + at.Y);

        Assert.Equal("Nvidia", await Page.Locator("#kg-details h2").InnerTextAsync());
        var aliases = await Page.Locator("#kg-details [data-section=aliases] li").AllInnerTextsAsync();
        Assert.Equal(["NVIDIA", "إنفيديا"], aliases);
        Assert.Contains("Nvidia invests in OpenAI", await Page.Locator("#kg-details [data-section=deals]").InnerTextAsync());
        Assert.Contains(SampleGraph.NvidiaEvidence, await Page.Locator("#kg-details [data-section=evidence]").InnerTextAsync());
        Assert.Contains("corpus/seeds/001.txt", await Page.Locator("#kg-details [data-section=source-documents]").InnerTextAsync());
        await _view.ScreenshotAsync("sample-node");
    }

    [Fact]
    public async Task ClickEdge_ShowsAmountStatusEvidenceAndSource()
    {
        Assert.True(await Page.EvaluateAsync<bool>($"() => kg.select('{OpenAiBuysFromAmazon}')"));

        var panel = await Page.Locator("#kg-details").InnerTextAsync();
        Assert.Contains("BUYS_FROM", panel);
        Assert.Contains("$38bn", panel);
        Assert.Contains("announced", panel);
        Assert.Contains(SampleGraph.OpenAiBuysAmazonEvidence, panel);
        Assert.Contains("corpus/seeds/003.txt", panel);
    }

    [Fact]
    public async Task Evidence_ArabicSentencesRunRightToLeft()
    {
        await Page.EvaluateAsync($"() => kg.select('{NvidiaInvestsInOpenAi}')");

        var rtl = await Page.EvaluateAsync<bool[]>("() => [...document.querySelectorAll('#kg-details .kg-evidence')].map(b => b.matches(':dir(rtl)'))");
        Assert.NotEmpty(rtl);
        Assert.All(rtl, Assert.True);
    }

    [Fact]
    public async Task Search_ArabicWithoutHamza_FindsTheCompany()
    {
        await Page.Locator("#kg-search").FillAsync("انفيديا");

        // The Arabic title of the document that mentions Nvidia matches too; among companies and people only Nvidia does.
        var hits = await Page.EvaluateAsync<string[]>("() => kg.cy.nodes('.kg-hit').map(n => n.id())");
        Assert.Equal(["Company:nvidia"], hits.Where(h => h.StartsWith("Company:", StringComparison.Ordinal) || h.StartsWith("Person:", StringComparison.Ordinal)));
        await Page.Locator("#kg-search").PressAsync("Enter");
        Assert.Contains(SampleGraph.NvidiaEvidence, await Page.Locator("#kg-details").InnerTextAsync());
    }

    [Fact]
    public async Task Filters_UncheckingATypeOrAStatus_HidesThoseEdges()
    {
        await Page.Locator("input[data-kind=types][data-value=COMPETES_WITH]").UncheckAsync();
        var edges = await Page.EvaluateAsync<string[]>("() => kg.visibleEdgeIds()");
        Assert.DoesNotContain(edges, e => e.StartsWith(RelTypes.CompetesWith, StringComparison.Ordinal));
        Assert.Contains(AmazonInvestsInOpenAi, edges);

        await Page.Locator("input[data-kind=statuses][data-value=talks]").UncheckAsync();
        edges = await Page.EvaluateAsync<string[]>("() => kg.visibleEdgeIds()");
        Assert.DoesNotContain(AmazonInvestsInOpenAi, edges);
        Assert.Contains(NvidiaInvestsInOpenAi, edges);
    }

    [Fact]
    public async Task Filters_CheckingDeals_ShowsDealNodesWithTheirParties()
    {
        await Page.Locator("input[data-kind=labels][data-value=Deal]").CheckAsync();

        var nodes = await Page.EvaluateAsync<string[]>("() => kg.visibleNodeIds()");
        var edges = await Page.EvaluateAsync<string[]>("() => kg.visibleEdgeIds()");
        Assert.Contains("Deal:deal-nvidia-openai", nodes);
        Assert.Contains("PARTY_TO:Company:nvidia>Deal:deal-nvidia-openai", edges);
    }

    public sealed class Point
    {
        public float X { get; set; }
        public float Y { get; set; }
    }
}
