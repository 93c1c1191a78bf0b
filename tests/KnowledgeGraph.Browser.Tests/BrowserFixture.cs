using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>
/// One headless Debian chromium for all browser tests (no `playwright install`: the system browser is driven
/// through its executable path; scripts/setup-browser.sh installs it).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/setup-browser.sh (apt-get install chromium)");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>Opens <paramref name="file"/> in a fresh page, records every request, and waits until the page says it is drawn.</summary>
    public async Task<OpenedView> OpenAsync(string file, int width = 1400, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var view = new OpenedView(context, page);
        page.Request += (_, request) => view.Requests.Add(request.Url);
        page.Console += (_, message) => { if (message.Type == "error") { view.Errors.Add(message.Text); } };
        page.PageError += (_, error) => view.Errors.Add(error);
        await page.GotoAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri);
        view.Summary = await page.EvaluateAsync<ViewSummary>("() => window.kg.ready");
        return view;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
