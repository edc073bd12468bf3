using Microsoft.Playwright;
using RareEarthArchive.Tests.Search;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Browser;

/// <summary>The seed archive built once under the GitHub Pages sub-path and served over HTTP for the browser tests.</summary>
public sealed class ServedSeedSite : IAsyncLifetime
{
    public const string BasePath = "/RareEarthArchive/";

    internal SearchSite Site { get; private set; } = null!;

    public StaticSiteServer Server { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Site = SearchSite.Build(RepoPaths.Root, "https://owner.github.io" + BasePath);
        Server = StaticSiteServer.Start(Site.Output, BasePath);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Site.Dispose();
    }
}

/// <summary>The search page in a real headless Chromium, served at http://127.0.0.1:PORT/RareEarthArchive/.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageBrowserTests(ChromiumFixture chromium, ServedSeedSite served) : IClassFixture<ServedSeedSite>
{
    private const string Base = ServedSeedSite.BasePath;
    private static readonly string[] ChineseSourceUrls = [Base + "sources/quad-alliance-sohu-2025-07-04/", Base + "sources/quad-alliance-sohu-2025-07-05/"];

    private StaticSiteServer Server => served.Server;

    [Fact]
    public async Task English_and_chinese_queries_find_their_results_and_a_result_leads_to_its_page()
    {
        await using var session = await chromium.NewPageAsync();
        var page = session.Page;

        // From the home page's header form (a plain GET form) to the search page.
        await page.GotoAsync(Server.Url());
        await page.FillAsync("#site-search-q", "refining");
        var submitted = page.WaitForURLAsync(Server.Url("search/?q=refining"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.PressAsync("#site-search-q", "Enter");
        await submitted;
        await WaitReadyAsync(page);
        await WaitForQueryAsync(page, "refining");
        Assert.Equal("refining", await page.InputValueAsync("#search-q"));
        Assert.True(await page.EvaluateAsync<bool>("window.reaSearch.ready === true"));

        Assert.Contains(Base + "claims/china-share-of-rare-earth-refining/", await HrefsAsync(page, "claim"));
        var passages = await HrefsAsync(page, "annotation");
        Assert.NotEmpty(passages);
        Assert.All(passages, href => Assert.Matches("^/RareEarthArchive/sources/[a-z0-9-]+/#[A-Za-z0-9_-]+$", href));
        Assert.NotEmpty(await HrefsAsync(page, "source"));
        var marks = await page.Locator("#search-results mark").AllTextContentsAsync();
        Assert.Contains(marks, m => m.StartsWith("refin", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["Sources", "Claims", "Passages"], (await page.Locator("#search-results h2").AllTextContentsAsync()).Select(h => h.Split(' ')[0]));

        // A Chinese query typed key by key into the search box (debounced input).
        await page.FillAsync("#search-q", "");
        await page.Locator("#search-q").PressSequentiallyAsync("稀土", new() { Delay = 30 });
        await WaitForQueryAsync(page, "稀土");
        Assert.Equal(ChineseSourceUrls, (await HrefsAsync(page, "source")).Order(StringComparer.Ordinal));
        Assert.Contains(await HrefsAsync(page, "annotation"), href => href.StartsWith(Base + "sources/quad-alliance-sohu-2025-07-05/#", StringComparison.Ordinal));
        Assert.Contains("稀土", await page.Locator("#search-results .search-group-source mark").AllTextContentsAsync());
        Assert.Contains("q=%E7%A8%80%E5%9C%9F", page.Url, StringComparison.Ordinal);

        // Follow the first source result to its page.
        var first = page.Locator("#search-results .search-group-source a.search-result-title").First;
        var target = await first.GetAttributeAsync("href");
        var arrived = page.WaitForURLAsync(Server.Origin + target, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await first.ClickAsync();
        await arrived;
        Assert.Equal(Server.Origin + target, page.Url);
        Assert.Contains(target!, ChineseSourceUrls);
        Assert.Contains("Four countries join hands", await page.Locator("h1").First.TextContentAsync() ?? "", StringComparison.Ordinal);

        session.Probe.AssertClean();
        Assert.Empty(Server.NotFound);
        Assert.All(session.Probe.Requests, url => Assert.StartsWith(Server.Origin + Base, url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keyboard_alone_reaches_a_passage_through_the_filters()
    {
        await using var session = await chromium.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync(Server.Url("search/?q=Quad"));
        await WaitReadyAsync(page);
        await WaitForQueryAsync(page, "Quad");

        // Passages only: uncheck Sources and Claims with the keyboard.
        foreach (var label in new[] { "Sources", "Claims" })
        {
            await page.GetByLabel(label, new() { Exact = true }).FocusAsync();
            await page.Keyboard.PressAsync("Space");
        }
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#search-results .search-group').length === 1");
        Assert.Empty(await HrefsAsync(page, "source"));
        var passages = await HrefsAsync(page, "annotation");
        Assert.NotEmpty(passages);
        Assert.Contains("type=annotation", page.Url, StringComparison.Ordinal);

        // From the box, ArrowDown reaches the first result; Enter follows it to the passage's anchor.
        await page.FocusAsync("#search-q");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(passages[0], await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        // The waiter is registered before the key press: WaitForURL after a fast navigation can miss it.
        var arrived = page.WaitForURLAsync(Server.Origin + passages[0], new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Keyboard.PressAsync("Enter");
        await arrived;
        Assert.Equal(Server.Origin + passages[0], page.Url);
        var anchor = passages[0].Split('#')[1];
        Assert.Equal(1, await page.Locator($"[id='{anchor}']").CountAsync());

        session.Probe.AssertClean();
    }

    [Fact]
    public async Task Malformed_queries_and_filters_are_handled_without_errors()
    {
        await using var session = await chromium.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync(Server.Url("search/"));
        await WaitReadyAsync(page);

        foreach (var query in new[] { "title:", "nosuchfield:china", "china^x", "+", "稀土~" })
        {
            await page.FillAsync("#search-q", query);
            await page.PressAsync("#search-q", "Enter");
            await WaitForQueryAsync(page, query);
        }
        await page.FillAsync("#search-q", "nosuchfield:china");
        await page.PressAsync("#search-q", "Enter");
        await WaitForQueryAsync(page, "nosuchfield:china");
        Assert.Contains("cannot be read", await page.TextContentAsync("#search-status") ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#search-results li").CountAsync());

        // Stance filter: every passage shown takes that stance; kind filter: every source shown is of that kind.
        await page.FillAsync("#search-q", "china");
        await page.PressAsync("#search-q", "Enter");
        await WaitForQueryAsync(page, "china");
        await page.SelectOptionAsync("#search-stance", "disputes");
        await page.WaitForFunctionAsync("() => location.search.includes('stance=disputes') && !document.getElementById('search-results').hasAttribute('aria-busy')");
        var stances = await page.Locator("#search-results .search-group-annotation .stance-label").AllTextContentsAsync();
        Assert.NotEmpty(stances);
        Assert.All(stances, s => Assert.Equal("disputes", s));
        await page.SelectOptionAsync("#search-stance", "");
        await page.SelectOptionAsync("#search-kind", "explainer");
        await page.WaitForFunctionAsync("() => location.search.includes('kind=explainer') && !document.getElementById('search-results').hasAttribute('aria-busy')");
        var kinds = await page.Locator("#search-results .search-group-source .badge").AllTextContentsAsync();
        Assert.Equal(["explainer"], kinds.Distinct());

        // Contributor text is text: no element in a result comes from the data except a, mark, p, blockquote, span.
        var tags = await page.EvaluateAsync<string[]>("() => [...new Set([...document.querySelectorAll('#search-results li *')].map(e => e.localName))]");
        Assert.Subset(new HashSet<string>(["a", "mark", "p", "blockquote", "span"]), tags.ToHashSet());

        session.Probe.AssertClean();
    }

    [Fact]
    public async Task Without_javascript_the_page_explains_and_links_to_the_lists()
    {
        await using var session = await chromium.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = session.Page;
        await page.GotoAsync(Server.Url("search/?q=refining"));
        var noscript = page.Locator(".search-noscript");
        Assert.True(await noscript.IsVisibleAsync());
        Assert.Equal(Base + "sources/", await noscript.Locator("a").First.GetAttributeAsync("href"));
        session.Probe.AssertClean();
    }

    private static Task WaitReadyAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.documentElement.dataset.searchReady === 'true' && window.reaSearch && window.reaSearch.ready");

    private static Task WaitForQueryAsync(IPage page, string query) =>
        page.WaitForFunctionAsync("q => document.getElementById('search-results').dataset.query === q", query);

    private static async Task<IReadOnlyList<string>> HrefsAsync(IPage page, string type) =>
        await page.Locator($"#search-results .search-group-{type} a.search-result-title").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
}
