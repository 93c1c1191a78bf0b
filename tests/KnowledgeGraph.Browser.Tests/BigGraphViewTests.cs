using KnowledgeGraph.Export;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>A generated graph past the big-graph threshold: fast lines when zoomed out, arrows when zoomed in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BigGraphViewTests(BrowserFixture browser)
{
    [Fact]
    public async Task BigGraph_OpensFittedAndGetsArrowsBackWhenZoomedIn()
    {
        var graph = RandomDealGraph.Graph(seed: 3, companies: 1600, edges: 3000);
        var file = Path.Combine(AppContext.BaseDirectory, "artifacts", "big-graph.html");
        HtmlView.Write(graph, [], file);
        await using var view = await browser.OpenAsync(file);
        var page = view.Page;

        Assert.Equal(3000, (await page.EvaluateAsync<string[]>("() => kg.visibleEdgeIds()")).Length);
        Assert.True(await page.EvaluateAsync<bool>("() => kg.cy.nodes(':visible').every(n => { const b = n.renderedBoundingBox(); return b.x2 > 0 && b.y2 > 0 && b.x1 < kg.cy.width() && b.y1 < kg.cy.height(); })"));
        Assert.Equal("haystack", await page.EvaluateAsync<string>("() => kg.cy.edges()[0].style('curve-style')"));

        await page.EvaluateAsync("() => kg.cy.zoom({ level: 1, renderedPosition: { x: kg.cy.width() / 2, y: kg.cy.height() / 2 } })");
        // The arrows come back once the view has rested (a short debounce); poll with timers, not frames.
        await page.EvaluateAsync("() => new Promise(done => { const poll = () => kg.cy.edges('.kg-near').length > 0 ? done() : setTimeout(poll, 50); poll(); })");
        var near = await page.EvaluateAsync<string[]>("() => kg.cy.edges('.kg-near').map(e => e.style('curve-style') + ' ' + e.style('target-arrow-shape'))");
        Assert.Contains("straight triangle", near);
        Assert.True(near.Length < 3000, "only the edges in view are redrawn with arrows");
        await view.ScreenshotAsync("big-graph-zoomed");
        Assert.Empty(view.Errors);
    }
}
