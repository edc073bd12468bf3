using Microsoft.Playwright;

namespace RareEarthArchive.Tests.Browser;

/// <summary>
/// One headless Chromium for every test in the "Browser" collection, driven by Microsoft.Playwright.
/// <list type="bullet">
///   <item>The browser is Debian's <c>/usr/bin/chromium</c> (or <c>REA_CHROMIUM</c>); nothing is downloaded and
///   <c>playwright install</c> is never run. A missing browser FAILS every browser test (never a skip) with the fix:
///   <c>apt-get install chromium</c> (scripts/test.sh installs it).</item>
///   <item>Launched headless with <see cref="Arguments"/>. Playwright gives each launch a fresh temporary
///   user-data dir of its own (it refuses a <c>--user-data-dir</c> argument) and deletes it on close, and every
///   <see cref="NewPageAsync"/> is a fresh context: no cookies, storage or cache shared between tests.</item>
///   <item>Each page comes with a <see cref="PageProbe"/> that records console errors, uncaught page errors,
///   failed requests and HTTP error responses, for a final <c>probe.AssertClean()</c>.</item>
/// </list>
/// Use: <c>[Collection(BrowserCollection.Name)] public sealed class MyTests(ChromiumFixture chromium)</c>, serve a
/// site with <see cref="StaticSiteServer"/> (or any server on 127.0.0.1), then
/// <c>await using var session = await chromium.NewPageAsync(); await session.Page.GotoAsync(url);</c>.
/// Navigations caused by a click or key press: start <c>page.WaitForURLAsync(url)</c> BEFORE the action and await
/// it after; started afterwards it can miss a fast navigation and time out on a page already at that URL.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    /// <summary>The flags every browser test runs with: no sandbox (root in CI), no GPU, no network chatter of Chromium's own.</summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The executable used: <c>REA_CHROMIUM</c> when set, else <see cref="DefaultExecutable"/>.</summary>
    public static string Executable =>
        Environment.GetEnvironmentVariable("REA_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultExecutable;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium was not launched");

    public async ValueTask InitializeAsync()
    {
        var executable = Executable;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {executable}. The browser tests use Debian's Chromium: run `apt-get install chromium` " +
                "(scripts/test.sh does this), or set REA_CHROMIUM to a Chromium executable. No browser is ever downloaded.");
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Arguments,
            Timeout = 60_000,
        });
    }

    /// <summary>A page in a fresh browser context, with its probe attached before the first navigation.</summary>
    public async Task<BrowserSession> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, new PageProbe(page));
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}

/// <summary>A page and its context; disposing closes the context.</summary>
public sealed record BrowserSession(IBrowserContext Context, IPage Page, PageProbe Probe) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Browser";
}
