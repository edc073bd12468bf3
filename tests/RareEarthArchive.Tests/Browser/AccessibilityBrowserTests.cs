using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Browser;

/// <summary>
/// The accessibility gate: axe-core 4.14.1 (npm, pinned in package.json) runs in real headless Chromium over
/// representative pages of the real archive, served under /RareEarthArchive/ like GitHub Pages. Any violation of
/// impact "serious" or "critical" fails, colour contrast included. Closed &lt;details&gt; are opened first so that
/// their contents are checked too. A failure lists rule id, impact, help and every failing node's selector and summary.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(ChromiumFixture chromium, ServedSeedSite served, ITestOutputHelper output) : IClassFixture<ServedSeedSite>
{
    private StaticSiteServer Server => served.Server;

    [Theory]
    [InlineData("home", "")]
    [InlineData("sources index", "sources/")]
    [InlineData("source with Chinese text", "sources/quad-alliance-sohu-2025-07-05/")]
    [InlineData("source with the most marks", "sources/zaobao-behind-the-call/")]
    [InlineData("claims index", "claims/")]
    [InlineData("claim with a chart", "claims/china-share-of-rare-earth-refining/")]
    [InlineData("claim charted over time", "claims/japan-reliance-on-china/")]
    [InlineData("tag", "tags/china/")]
    [InlineData("tags and topics", "tags/")]
    [InlineData("downloads", "downloads/")]
    public async Task Page_has_no_serious_or_critical_violations(string name, string path)
    {
        await using var session = await chromium.NewPageAsync();
        var response = await session.Page.GotoAsync(Server.Url(path));
        Assert.Equal(200, response!.Status);
        await Axe.AssertAccessibleAsync(session.Page, name, output);
        session.Probe.AssertClean();
    }

    [Fact]
    public async Task Search_page_with_a_typed_query_and_its_results_has_no_serious_or_critical_violations()
    {
        await using var session = await chromium.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync(Server.Url("search/"));
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.searchReady === 'true' && window.reaSearch && window.reaSearch.ready");
        await page.Locator("#search-q").PressSequentiallyAsync("refining", new() { Delay = 20 });
        await page.PressAsync("#search-q", "Enter");
        await page.WaitForFunctionAsync("q => document.getElementById('search-results').dataset.query === q", "refining");
        Assert.True(await page.Locator("#search-results li").CountAsync() > 3, "the query shows results");
        await Axe.AssertAccessibleAsync(page, "search results for 'refining'", output);

        // Chinese text in the results (marks inside CJK snippets) too.
        await page.FillAsync("#search-q", "稀土");
        await page.PressAsync("#search-q", "Enter");
        await page.WaitForFunctionAsync("q => document.getElementById('search-results').dataset.query === q", "稀土");
        Assert.True(await page.Locator("#search-results li").CountAsync() > 0, "the Chinese query shows results");
        await Axe.AssertAccessibleAsync(page, "search results for '稀土'", output);
        session.Probe.AssertClean();
    }

    [Fact]
    public async Task Not_found_page_has_no_serious_or_critical_violations()
    {
        await using var session = await chromium.NewPageAsync();
        var response = await session.Page.GotoAsync(Server.Url("no/such/page/"));
        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await session.Page.Locator("h1").TextContentAsync());
        await Axe.AssertAccessibleAsync(session.Page, "404", output);
    }

    [Fact]
    public async Task The_gate_reports_what_it_should_on_a_broken_page()
    {
        // Guards the gate itself: axe must be loaded and report serious issues, contrast included.
        await using var session = await chromium.NewPageAsync();
        await session.Page.SetContentAsync(
            "<!DOCTYPE html><html><head><title>x</title></head><body><main><p style=\"color:#bbb;background:#fff\">faint text</p>" +
            "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><button></button></main></body></html>");
        var violations = await Axe.RunAxeAsync(session.Page);
        var ids = violations.Select(v => v.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "color-contrast", "image-alt", "button-name", "html-has-lang" }, ids);
    }
}

/// <summary>axe-core from the repository's node_modules, injected into a page; a missing install fails with the fix.</summary>
internal static class Axe
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static string Script => Path.Combine(RepoPaths.Root, "node_modules", "axe-core", "axe.min.js");

    /// <summary>
    /// Injects axe-core, opens every &lt;details&gt;, runs axe on the document and fails on serious or critical
    /// violations. Moderate and minor ones are written to the test output (shown with a detailed console logger).
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page, string name, ITestOutputHelper? output = null)
    {
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => { d.open = true; })");
        var violations = await RunAxeAsync(page);
        foreach (var v in violations.Where(v => !Blocking.Contains(v.Impact)))
        {
            output?.WriteLine($"{name}: {v.Id} ({v.Impact}, not blocking): {v.Help}; {string.Join("; ", v.Nodes.Select(n => n.Target))}");
        }
        var blocking = violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        if (blocking.Count == 0)
        {
            return;
        }
        var report = new StringBuilder($"axe-core found {blocking.Count} serious or critical violation(s) on {name} ({page.Url}):\n");
        foreach (var v in blocking)
        {
            report.Append($"- {v.Id} ({v.Impact}): {v.Help} [{v.HelpUrl}]\n");
            foreach (var node in v.Nodes)
            {
                report.Append($"    {node.Target}\n      {node.Html}\n      {node.Summary.Replace("\n", "\n      ", StringComparison.Ordinal)}\n");
            }
        }
        Assert.Fail(report.ToString());
    }

    public static async Task<IReadOnlyList<AxeViolation>> RunAxeAsync(IPage page)
    {
        Assert.True(File.Exists(Script), $"{Script} is missing: run `npm ci` at the repo root (package.json pins axe-core 4.14.1).");
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.AddScriptTagAsync(new() { Path = Script });
        }
        var json = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const results = await axe.run(document, { resultTypes: ['violations'] });
              return results.violations.map(v => ({
                id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({ target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(', '), html: n.html.slice(0, 200), summary: n.failureSummary || '' })),
              }));
            }
            """);
        return json.Deserialize<List<AxeViolation>>(new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
    }
}

public sealed record AxeViolation(string Id, string Impact, string Help, string HelpUrl, IReadOnlyList<AxeNode> Nodes);

public sealed record AxeNode(string Target, string Html, string Summary);
