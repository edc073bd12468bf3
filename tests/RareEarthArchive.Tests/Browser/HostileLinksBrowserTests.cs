using Microsoft.Playwright;
using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Tests.Hostile;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Browser;

/// <summary>
/// The hostile case of unsafe links (after autolinks, in every construct and spelling, in bodies, summaries, notes,
/// commentary and rationales) built and opened in real headless Chromium: no element of any page has a URL outside
/// the allow-list as the browser itself resolves it, and clicking every link in the content runs no script.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileLinksBrowserTests(ChromiumFixture chromium)
{
    private const string BasePath = "/RareEarthArchive/";

    [Fact]
    public async Task No_built_page_has_an_unsafe_url_and_clicking_every_content_link_runs_no_script()
    {
        using var hostile = new HostileSite("links-after-autolink");
        Assert.Equal(ExitCodes.Success, Rea.Invoke("build", hostile.Site.Path, "--base-url", "https://owner.github.io" + BasePath).ExitCode);
        await using var server = StaticSiteServer.Start(hostile.Site.Output, BasePath);
        await using var session = await chromium.NewPageAsync();
        var page = session.Page;
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            lock (dialogs)
            {
                dialogs.Add(dialog.Message);
            }
            _ = dialog.DismissAsync();
        };
        // Links to other hosts are the contributor's http(s) links: allowed, but not fetched.
        await page.RouteAsync("**/*", route => route.Request.Url.StartsWith(server.Origin, StringComparison.Ordinal)
            ? route.ContinueAsync()
            : route.AbortAsync());

        var pages = Directory.EnumerateFiles(hostile.Site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(hostile.Site.Output, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Select(p => p == "." ? "" : p + "/")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("sources/s/", pages);
        Assert.Contains("claims/c/", pages);
        foreach (var relative in pages)
        {
            await page.GotoAsync(server.Url(relative));
            // The browser's own parse of every URL-bearing attribute: element.href / element.src are resolved URLs.
            var urls = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('[href],[src],[action],[formaction]')].flatMap(e =>
                    ['href', 'src', 'action', 'formAction'].filter(p => e.getAttribute(p === 'formAction' ? 'formaction' : p) !== null)
                        .map(p => (e[p] && typeof e[p] === 'object' ? e[p].baseVal : e[p]) || new URL(e.getAttribute(p), document.baseURI).href))
                """);
            Assert.NotEmpty(urls);
            Assert.All(urls, url => Assert.True(new Uri(url).Scheme is "http" or "https" or "mailto", $"{relative}: {url}"));
        }

        foreach (var relative in new[] { "sources/s/", "claims/c/" })
        {
            await page.GotoAsync(server.Url(relative));
            var count = await page.Locator("main a").CountAsync();
            Assert.True(count > 10, $"{relative} has only {count} links");
            for (var i = 0; i < count; i++)
            {
                await page.GotoAsync(server.Url(relative));
                var link = page.Locator("main a").Nth(i);
                if (!await link.IsVisibleAsync())
                {
                    continue;
                }
                await link.ClickAsync(new() { Timeout = 5000 });
                Assert.True(await AnswersAfterNavigationAsync(page), $"{relative}: the page answers after clicking link {i}");
            }
        }
        lock (dialogs)
        {
            Assert.Empty(dialogs);
        }
    }

    /// <summary>
    /// True once the page evaluates script again. A click may start its navigation a moment after the click
    /// returns, which destroys the context of an evaluation already under way: wait for the load and ask again.
    /// </summary>
    private static async Task<bool> AnswersAfterNavigationAsync(IPage page)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await page.WaitForLoadStateAsync(LoadState.Load);
                return await page.EvaluateAsync<bool>("() => true");
            }
            catch (PlaywrightException e) when (attempt < 5 && e.Message.Contains("Execution context was destroyed", StringComparison.Ordinal))
            {
                await page.WaitForTimeoutAsync(50);
            }
        }
    }
}
