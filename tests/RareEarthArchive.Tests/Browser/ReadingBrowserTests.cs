using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Browser;

/// <summary>
/// The reading experience over EVERY built page of the seed archive, in real headless Chromium: nothing scrolls
/// sideways or sticks out of the window at phone, tablet and desktop widths, chart labels stay legible, no console
/// errors, axe-core finds no violation of any impact in the light and the dark scheme, source and claim pages print
/// cleanly, and each page type is photographed (phone and desktop, light and dark) for people to look at.
/// One browser (the collection's), a few pages at a time.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingBrowserTests(ChromiumFixture chromium, ServedSeedSite served) : IClassFixture<ServedSeedSite>
{
    /// <summary>Widths a reader meets: small and common phones, a tablet, a desktop.</summary>
    public static readonly int[] Widths = [320, 360, 390, 768, 1280];

    /// <summary>The widths photographed: the smallest phone, a common phone, a desktop.</summary>
    public static readonly int[] ScreenshotWidths = [320, 390, 1280];

    /// <summary>One page of each kind: the screenshots, and what print and the chart checks look at.</summary>
    public static readonly (string Name, string Path)[] PageTypes =
    [
        ("home", ""),
        ("sources", "sources/"),
        ("source", "sources/quad-alliance-sohu-2025-07-04/"),
        ("claims", "claims/"),
        ("claim", "claims/china-share-of-rare-earth-refining/"),
        ("claim-over-time", "claims/japan-reliance-on-china/"),
        ("claim-timeline", "claims/us-conceded-to-china-after-quad/"),
        ("tags", "tags/"),
        ("tag", "tags/china/"),
        ("topic", "topics/supply-chain/"),
        ("downloads", "downloads/"),
        ("search", "search/?q=refining"),
        ("not-found", "404.html"),
    ];

    private const int Parallel = 3;

    private StaticSiteServer Server => served.Server;

    /// <summary>Every page the build wrote, as a path under the base path ("", "claims/x/", "404.html").</summary>
    private IReadOnlyList<string> AllPages =>
        [.. served.Site.Built.HtmlPaths.Select(p => p == "index.html" ? "" : p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)];

    [Fact]
    public async Task Every_page_fits_every_width_without_sideways_scrolling_and_without_console_errors()
    {
        var pages = AllPages;
        Assert.True(pages.Count > 60, $"the seed archive has its pages ({pages.Count})");
        var problems = new ConcurrentBag<string>();
        await Parallelly(Widths, async width =>
        {
            await using var session = await chromium.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 800 } });
            foreach (var path in pages)
            {
                var before = session.Probe.Problems.Count;
                await session.Page.GotoAsync(Server.Url(path));
                foreach (var problem in await LayoutProblemsAsync(session.Page))
                {
                    problems.Add($"{width}px /{path}: {problem}");
                }
                foreach (var problem in session.Probe.Problems.Skip(before))
                {
                    problems.Add($"{width}px /{path}: {problem}");
                }
            }
        });
        Assert.True(problems.IsEmpty, $"{problems.Count} layout problem(s):\n" + string.Join("\n", problems.Order(StringComparer.Ordinal).Take(80)));
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Every_page_has_no_accessibility_violation_of_any_impact(string scheme)
    {
        var colorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light;
        var failures = new ConcurrentBag<string>();
        await Parallelly(Chunks(AllPages, Parallel), async chunk =>
        {
            await using var session = await chromium.NewPageAsync(new() { ColorScheme = colorScheme });
            foreach (var path in chunk)
            {
                await session.Page.GotoAsync(Server.Url(path));
                await session.Page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => { d.open = true; })");
                var violations = await Axe.RunAxeAsync(session.Page);
                foreach (var v in violations)
                {
                    failures.Add($"/{path} ({scheme}): {v.Id} ({v.Impact}): {v.Help}\n    " +
                        string.Join("\n    ", v.Nodes.Take(5).Select(n => n.Target + " " + n.Summary.Replace("\n", " ", StringComparison.Ordinal))));
                }
            }
        });
        Assert.True(failures.IsEmpty, $"axe-core found {failures.Count} violation(s) in the {scheme} scheme:\n" + string.Join("\n", failures.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Dark_scheme_changes_the_colours()
    {
        await using var session = await chromium.NewPageAsync(new() { ColorScheme = ColorScheme.Dark });
        await session.Page.GotoAsync(Server.Url("claims/china-share-of-rare-earth-refining/"));
        var background = await session.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal(Luminance.Dark, Luminance.Of(background));
        var light = await chromium.NewPageAsync(new() { ColorScheme = ColorScheme.Light });
        await using (light)
        {
            await light.Page.GotoAsync(Server.Url("claims/china-share-of-rare-earth-refining/"));
            Assert.Equal(Luminance.Light, Luminance.Of(await light.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor")));
        }
    }

    [Theory]
    [InlineData("sources/zaobao-behind-the-call/")]
    [InlineData("claims/china-share-of-rare-earth-refining/")]
    public async Task Source_and_claim_pages_print_cleanly(string path)
    {
        await using var session = await chromium.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync(Server.Url(path));
        Assert.False(await page.Locator(".print-address").IsVisibleAsync(), "the address line is for paper only");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var report = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const shown = el => el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
              const hidden = ['.site-header', '.site-search', '.skip-link', 'nav'].filter(s => [...document.querySelectorAll(s)].some(shown));
              const marks = [...document.querySelectorAll('main mark.annotation, main mark.signal')];
              const plainMarks = marks.filter(m => {
                const s = getComputedStyle(m);
                const bordered = parseFloat(s.borderBottomWidth) > 0 && s.borderBottomStyle !== 'none';
                const underlined = s.textDecorationLine.includes('underline');
                return !bordered && !underlined;
              }).map(m => m.textContent.slice(0, 40));
              const colouredMarks = marks.filter(m => {
                const bg = getComputedStyle(m).backgroundColor;
                return bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent' && bg !== 'rgb(255, 255, 255)';
              }).length;
              // Links to other pages and sites print their address; the page prints its own on top.
              const linkSelector = 'main a[href^="http"], .source-group h3 a, .annotation-notes a.claim-link, .related a, .claim-card a.claim-statement, .silent a';
              const external = [...document.querySelectorAll(linkSelector)].filter(shown);
              const unprinted = external.filter(a => !getComputedStyle(a, '::after').content.includes(a.getAttribute('href'))).map(a => a.href);
              const address = document.querySelector('.print-address');
              const addressShown = shown(address) && address.textContent === document.querySelector('link[rel=canonical]').href;
              const cards = [...document.querySelectorAll('.appearance, .claim-card, .annotation-notes li')];
              const splittable = cards.filter(c => getComputedStyle(c).breakInside !== 'avoid').length;
              const bg = getComputedStyle(document.body).backgroundColor;
              return { hidden, marks: marks.length, plainMarks, colouredMarks, external: external.length, unprinted, addressShown, cards: cards.length, splittable, bg };
            }
            """);
        Assert.Empty(report.GetProperty("hidden").EnumerateArray());
        Assert.True(report.GetProperty("marks").GetInt32() > 0, "the page has marked passages");
        Assert.Empty(report.GetProperty("plainMarks").EnumerateArray());
        Assert.Equal(0, report.GetProperty("colouredMarks").GetInt32());
        Assert.True(report.GetProperty("external").GetInt32() > 0, "the page links to other pages");
        Assert.Empty(report.GetProperty("unprinted").EnumerateArray());
        Assert.True(report.GetProperty("addressShown").GetBoolean(), "the page prints its own address");
        Assert.True(report.GetProperty("cards").GetInt32() > 0, "the page has cards");
        Assert.Equal(0, report.GetProperty("splittable").GetInt32());
        Assert.Equal(Luminance.Light, Luminance.Of(report.GetProperty("bg").GetString()!));
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = false });
        Assert.True(pdf.Length > 10_000, "the page prints to a PDF");
        session.Probe.AssertClean();
    }

    [Fact]
    public async Task Each_page_type_is_photographed_at_phone_and_desktop_width_in_both_schemes()
    {
        var folder = Screenshots.Folder;
        Directory.CreateDirectory(folder);
        var shots = from type in PageTypes
                    from width in ScreenshotWidths
                    from scheme in new[] { ColorScheme.Light, ColorScheme.Dark }
                    select (type.Name, type.Path, width, scheme);
        var written = new ConcurrentBag<string>();
        await Parallelly(Chunks([.. shots], Parallel), async chunk =>
        {
            foreach (var (name, path, width, scheme) in chunk)
            {
                await using var session = await chromium.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme });
                await session.Page.GotoAsync(Server.Url(path));
                if (name == "search")
                {
                    await session.Page.WaitForFunctionAsync("() => document.getElementById('search-results').dataset.query === 'refining'");
                }
                var file = Path.Combine(folder, $"{name}-{width}-{(scheme == ColorScheme.Dark ? "dark" : "light")}.png");
                await session.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
                written.Add(file);
                // The claim timeline close up, where its details are visible without the whole page around them.
                if (name == "claim-timeline")
                {
                    var closeUp = Path.Combine(folder, $"timeline-{width}-{(scheme == ColorScheme.Dark ? "dark" : "light")}.png");
                    await session.Page.Locator("section.timeline").ScreenshotAsync(new() { Path = closeUp });
                    written.Add(closeUp);
                }
            }
        });
        Assert.Equal((PageTypes.Length + 1) * ScreenshotWidths.Length * 2, written.Count);
        Assert.All(written, f => Assert.True(new FileInfo(f).Length > 1_000, f));
        // The dark shot is not the light one repainted identically.
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(folder, "claim-390-light.png")), File.ReadAllBytes(Path.Combine(folder, "claim-390-dark.png")));
    }

    /// <summary>What makes a page wider than its window, or unreadable in it.</summary>
    internal static async Task<IReadOnlyList<string>> LayoutProblemsAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const out = [];
              const vw = window.innerWidth;
              const de = document.documentElement;
              if (de.scrollWidth > vw) out.push(`document is ${de.scrollWidth}px wide in a ${vw}px window`);
              const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '');
              // An element that sticks out to the right, or is wider than the window, unless a box of its own (a code block, a wide table) scrolls it.
              const scrolls = el => { for (let p = el.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return p !== document.body && p !== de; } return false; };
              for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 && r.height === 0) continue;
                if ((r.width > vw + 0.5 || r.right > vw + 0.5) && !scrolls(el)) out.push(`${name(el)} spans ${Math.round(r.left)}..${Math.round(r.right)}px`);
                if (out.length > 12) break;
              }
              // Chart text (labels, values, scale, caption) at the size the reader sees it; SVG text would scale with its box.
              for (const chart of document.querySelectorAll('.value-chart')) {
                if (chart.querySelector('text')) out.push('a chart draws its text inside an SVG, which shrinks with the picture');
                for (const t of chart.querySelectorAll('.label, .amount, .axis, figcaption')) {
                  const px = parseFloat(getComputedStyle(t).fontSize);
                  if (px < 12) { out.push(`chart text "${t.textContent}" is ${px.toFixed(1)}px`); break; }
                }
              }
              return out;
            }
            """);
        return [.. json.EnumerateArray().Select(e => e.GetString()!)];
    }

    private static IReadOnlyList<IReadOnlyList<T>> Chunks<T>(IReadOnlyList<T> items, int count) =>
        [.. Enumerable.Range(0, count).Select(i => (IReadOnlyList<T>)[.. items.Where((_, n) => n % count == i)])];

    private static Task Parallelly<T>(IEnumerable<T> items, Func<T, Task> work) => Task.WhenAll(items.Select(work));
}

/// <summary>Where the screenshots go: <c>REA_SCREENSHOTS</c>, else <c>TestResults/screenshots</c> at the repository root (CI uploads it).</summary>
internal static class Screenshots
{
    public static string Folder =>
        Environment.GetEnvironmentVariable("REA_SCREENSHOTS") is { Length: > 0 } configured ? configured : Path.Combine(RepoPaths.Root, "TestResults", "screenshots");
}

/// <summary>Whether a computed CSS colour is a light or a dark one (relative luminance above or below the middle).</summary>
internal static class Luminance
{
    public const string Light = "light";
    public const string Dark = "dark";

    public static string Of(string cssColour)
    {
        var parts = cssColour[(cssColour.IndexOf('(') + 1)..cssColour.IndexOf(')')].Split(',', StringSplitOptions.TrimEntries);
        double Channel(string p)
        {
            var c = double.Parse(p, System.Globalization.CultureInfo.InvariantCulture) / 255;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var l = (0.2126 * Channel(parts[0])) + (0.7152 * Channel(parts[1])) + (0.0722 * Channel(parts[2]));
        return l > 0.18 ? Light : Dark;
    }
}
