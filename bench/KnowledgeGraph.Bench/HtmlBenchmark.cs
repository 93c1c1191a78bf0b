using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Cycles;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Testing;
using Microsoft.Playwright;

namespace KnowledgeGraph.Bench;

/// <summary>
/// <c>html [--companies 5000] [--edges 10000] [--out file.html] [--chromium /usr/bin/chromium] [--screenshot file.png] [--page written.html]</c>: writes the
/// HTML view of a generated graph, opens it in headless chromium and prints how long writing, opening and the
/// first drawing take, and how many frames per second continuous panning gets. <c>--page</c> opens a page
/// written before instead (to compare variants of the page's code).
/// </summary>
internal static class HtmlBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var companies = int.Parse(Option(args, "--companies", "5000"), CultureInfo.InvariantCulture);
        var edges = int.Parse(Option(args, "--edges", "10000"), CultureInfo.InvariantCulture);
        var output = Option(args, "--out", Path.Combine(Path.GetTempPath(), $"kg-html-bench-{companies}.html"));
        var chromium = Option(args, "--chromium", "/usr/bin/chromium");

        var existing = Option(args, "--page", "");
        if (existing.Length > 0)
        {
            output = existing;
        }

        var graph = GraphModel.Build(RandomDealGraph.Documents(seed: companies, companies, edges, documents: 1), TimeProvider.System);
        var loops = CycleFinder.Find(graph, new CycleQuery());
        HtmlView.Render(RandomDealGraph.Graph(1, 50, 100), []); // warm-up (JIT, embedded assets)

        var watch = Stopwatch.StartNew();
        if (existing.Length == 0)
        {
            HtmlView.Write(graph, loops, output, $"Generated graph, {companies} companies");
        }

        watch.Stop();
        Console.WriteLine($"graph: {graph.Nodes.Count()} nodes, {graph.Relationships.Count()} relationships " +
            $"({edges} INVESTS_IN/BUYS_FROM), {loops.Count} loops");
        Console.WriteLine($"write (force layout + JSON + page): {watch.Elapsed.TotalSeconds:F2} s, {new FileInfo(output).Length / 1e6:F1} MB -> {output}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        watch.Restart();
        await page.GotoAsync(new Uri(Path.GetFullPath(output)).AbsoluteUri, new PageGotoOptions { Timeout = 300_000 });
        var ready = await page.EvaluateAsync<JsonElement>("() => kg.ready");
        watch.Stop();
        Console.WriteLine($"browser: open to drawn {watch.Elapsed.TotalSeconds:F2} s (in page: parse {Ms(ready, "parseMs")}, " +
            $"create {Ms(ready, "createMs")}, layout {Ms(ready, "layoutMs")}, first draw {Ms(ready, "firstDrawMs")}, total {Ms(ready, "totalMs")} ms)");

        if (args.Contains("--screenshot"))
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Option(args, "--screenshot", "") });
        }

        var pan = await page.EvaluateAsync<JsonElement>("() => kg.measurePan(3000)");
        Console.WriteLine($"panning for 3 s: {pan.GetProperty("fps").GetDouble():F1} frames/s, worst frame {pan.GetProperty("worstFrameMs").GetDouble():F0} ms");
        var drag = await DragAsync(page);
        Console.WriteLine($"dragging with the mouse for {drag.Seconds:F1} s: {drag.Fps:F1} frames/s");
        var zoomed = await page.EvaluateAsync<JsonElement>("() => { document.getElementById('kg-fit').click(); kg.cy.zoom({ level: kg.cy.zoom() * 6, renderedPosition: { x: kg.cy.width() / 2, y: kg.cy.height() / 2 } }); return kg.measurePan(3000); }");
        if (args.Contains("--screenshot"))
        {
            await Task.Delay(500);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.ChangeExtension(Option(args, "--screenshot", ""), ".zoomed.png") });
        }

        Console.WriteLine($"panning zoomed in (labels drawn): {zoomed.GetProperty("fps").GetDouble():F1} frames/s, worst frame {zoomed.GetProperty("worstFrameMs").GetDouble():F0} ms");
        return 0;
    }

    // Frames the page drew while the mouse dragged the view across the canvas, as a user pans.
    private static async Task<(double Seconds, double Fps)> DragAsync(IPage page)
    {
        await page.EvaluateAsync("() => { window.__frames = 0; window.__counting = true; const tick = () => { if (window.__counting) { window.__frames++; requestAnimationFrame(tick); } }; requestAnimationFrame(tick); }");
        var box = await page.Locator("#kg-cy").BoundingBoxAsync() ?? throw new InvalidOperationException("no canvas");
        var watch = Stopwatch.StartNew();
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.Mouse.DownAsync();
        for (var i = 1; i <= 60; i++)
        {
            await page.Mouse.MoveAsync(box.X + box.Width / 2 + 4 * i, box.Y + box.Height / 2 + 3 * i);
            await Task.Delay(30);
        }

        await page.Mouse.UpAsync();
        var frames = await page.EvaluateAsync<int>("() => { window.__counting = false; return window.__frames; }");
        watch.Stop();
        return (watch.Elapsed.TotalSeconds, frames / watch.Elapsed.TotalSeconds);
    }

    private static string Ms(JsonElement e, string name) => e.GetProperty(name).GetDouble().ToString("F0", CultureInfo.InvariantCulture);

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
