using RareEarthArchive.Tests.Browser;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Preview;

/// <summary>The injected live-reload script in real headless Chromium, against a running <c>rea serve</c>.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PreviewBrowserTests(ChromiumFixture chromium)
{
    private const string ClaimFile = "content/claims/china-april-2025-rare-earth-export-controls.md";
    private const string ClaimPage = "claims/china-april-2025-rare-earth-export-controls/";

    [Fact]
    public async Task The_open_page_reloads_after_an_edit_and_shows_a_broken_build_as_text_in_an_overlay()
    {
        using var site = TempSite.CopyOfRealArchive();
        await using var preview = await RunningPreview.StartAsync(site.Path);
        await using var session = await chromium.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync(new Uri(preview.Address, ClaimPage).ToString());
        // The page's script has opened its event stream: only then is an edit sure to reach it.
        await WaitUntil(() => preview.Session.Events.Count == 1);

        var original = site.Read(ClaimFile);
        var edited = original.Replace("statement: In April 2025", "statement: Edited in the browser test, in April 2025", StringComparison.Ordinal);
        site.Write(ClaimFile, edited);
        await page.WaitForFunctionAsync("() => document.querySelector('h1').textContent.includes('Edited in the browser test')");

        // A key that looks like markup: the overlay must show it as text, never make an element of it.
        site.Write(ClaimFile, edited.Replace("topic: export-controls", "topic: export-controls\n\"x<b id=injected>bold</b>\": 1", StringComparison.Ordinal));
        var overlay = page.Locator("#__rea-overlay");
        await overlay.WaitForAsync();
        var items = await overlay.Locator("li").AllTextContentsAsync();
        var line = Assert.Single(items, i => i.StartsWith(ClaimFile + "(", StringComparison.Ordinal));
        Assert.Contains("error REA202", line, StringComparison.Ordinal);
        Assert.Contains("x<b id=injected>bold</b>", line, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#injected").CountAsync());
        // The last good build is still on the page.
        Assert.Contains("Edited in the browser test", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);

        site.Write(ClaimFile, original);
        await page.WaitForFunctionAsync("() => !document.querySelector('h1').textContent.includes('Edited in the browser test')");
        Assert.Equal(0, await overlay.CountAsync());
        Assert.DoesNotContain(session.Probe.Problems, p => p.StartsWith("page error", StringComparison.Ordinal) || p.StartsWith("console.error", StringComparison.Ordinal));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 50)
        {
            Assert.True(waited < 15_000, "timed out");
            await Task.Delay(50);
        }
    }
}
