using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>A page showing a written view, with what it requested and any script errors.</summary>
public sealed class OpenedView(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;
    public List<string> Requests { get; } = [];
    public List<string> Errors { get; } = [];
    public ViewSummary Summary { get; set; } = new();

    /// <summary>Saves a screenshot under the test output folder (bin/.../artifacts, git-ignored) and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}

/// <summary>What <c>window.kg.ready</c> resolves to: counts and timings of opening the page.</summary>
public sealed class ViewSummary
{
    public int Nodes { get; set; }
    public int Edges { get; set; }
    public int Loops { get; set; }
    public double ParseMs { get; set; }
    public double CreateMs { get; set; }
    public double LayoutMs { get; set; }
    public double FirstDrawMs { get; set; }
    public double TotalMs { get; set; }
}
