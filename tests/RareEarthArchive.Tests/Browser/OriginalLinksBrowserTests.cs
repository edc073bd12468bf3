using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.TextFragments;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Browser;

/// <summary>
/// The links back to the original, in real headless Chromium. A test site has one source whose <c>url</c> is a page
/// this test serves itself (the archived text as HTML, on a free port), with an archive date. Its passage menus'
/// text-fragment links are parsed as the browser parses them (directive syntax, percent-encoding of <c>-</c>,
/// <c>,</c>, <c>&amp;</c>, each term matching the archived text exactly once as the build proved), the Wayback link
/// and the Robust Links attributes are checked, and clicking each link must make Chromium scroll to the passage in
/// the original page and highlight it (<c>::target-text</c>, painted a colour nothing else on the page has, found in
/// a screenshot).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class OriginalLinksBrowserTests(ChromiumFixture chromium)
{
    private const string BasePath = "/archive/";
    private const string Retrieved = "2025-06-06";

    /// <summary>The highlight colour the original page gives <c>::target-text</c>; nothing else on it is this red.</summary>
    private const string Highlight = "rgb(255, 0, 0)";

    /// <summary>Passages far down the page, so landing on one means the browser scrolled there.</summary>
    private static readonly string[] Filler = [.. Enumerable.Range(1, 40).Select(i => $"Background note {i.ToString(CultureInfo.InvariantCulture)} lists the ports, ships and dates of the season in detail.")];

    private static readonly string[] Passages =
    [
        // Terms with a hyphen, a comma and an ampersand: each must be percent-encoded.
        "Buyers of cobalt-free magnets, motors & drives were told to wait.",
        "Officials said exports were halted on Monday.",
        "Traders said exports were halted again on Friday.",
        // Longer than 80 characters: linked by its first and last words.
        "Licences will be granted case by case, to civilian users who can show the end use of every single shipment they receive.",
    ];

    [Fact]
    public async Task Text_fragment_and_wayback_links_are_well_formed_and_chromium_lands_on_and_highlights_each_passage()
    {
        using var original = TempSite.Empty();
        File.WriteAllText(Path.Combine(original.Path, "story.html"), OriginalPage());
        await using var originalServer = StaticSiteServer.Start(original.Path, "/news/");
        // A query with an ampersand: the page URL must reach the fragment link and the Wayback link unchanged.
        var url = originalServer.Url("story.html?id=7&lang=en");

        using var site = TempSite.Empty();
        WriteSite(site, url);
        Assert.Equal(ExitCodes.Success, Rea.Invoke("build", site.Path, "--base-url", "https://archive.example.org" + BasePath, "--quiet").ExitCode);
        var model = ArchiveModel.Load(site.Path);
        var source = model.Sources.Single();
        var text = FragmentText.From(source.Validated.Document.Text);
        await using var server = StaticSiteServer.Start(site.Output, BasePath);

        await using var session = await chromium.NewPageAsync(new() { ViewportSize = new() { Width = 1000, Height = 700 } });
        var page = session.Page;
        // The archive's own pages and the served original only: web.archive.org is never asked.
        await page.RouteAsync("**/*", route => route.Request.Url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        await page.GotoAsync(server.Url("sources/story/"));

        // The Wayback link: the plain form with a 14-digit timestamp inside the archive date, and its Robust Links attributes.
        var wayback = await Attributes(page, "a.wayback-link");
        var capture = WaybackForm().Match(wayback["href"]!);
        Assert.True(capture.Success, wayback["href"]);
        Assert.Equal(url, capture.Groups["url"].Value);
        var stamp = DateTime.ParseExact(capture.Groups["stamp"].Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Assert.Equal(Retrieved, stamp.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(url, wayback["data-originalurl"]);
        Assert.Equal(Retrieved, wayback["data-versiondate"]);
        var originalLink = await Attributes(page, "a.original-link");
        Assert.Equal(url, originalLink["href"]);
        Assert.Equal(wayback["href"], originalLink["data-versionurl"]);
        Assert.Equal(Retrieved, originalLink["data-versiondate"]);

        Assert.Equal(Passages.Length, source.Annotations.Length);
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var annotation in source.Annotations)
        {
            var selector = $"#note-{annotation.AnchorId} a.original-passage";
            var link = await Attributes(page, selector);
            var href = link["href"]!;
            // The browser's own parse leaves the URL as written: nothing in it needed re-encoding.
            Assert.Equal(href, link["resolved"]);
            Assert.StartsWith(url + "#:~:text=", href, StringComparison.Ordinal);
            var value = href[(url.Length + "#:~:text=".Length)..];
            var terms = Terms(value, out var form);
            forms.Add(form);
            Assert.All(terms, term => Assert.Matches("^([A-Za-z0-9!$'()*+./:;=?@_~]|%[0-9A-F]{2})+$", term));
            var directive = TextDirective.Parse(value);
            Assert.NotNull(directive);
            // Each term matches the archived text, and the directive lands on the passage and nowhere else: what the build proved.
            Assert.Equal([(annotation.Start, annotation.Start + annotation.Length)], TextDirectiveMatcher.FindAll(text, directive!, TextDirectiveMatcher.Mode.Lenient));
            Assert.Equal($"https://archive.example.org{BasePath}sources/story/#{annotation.AnchorId}", link["data-versionurl"]);
            Assert.Equal(Retrieved, link["data-versiondate"]);
        }
        Assert.Contains("cobalt%2Dfree%20magnets%2C%20motors%20%26%20drives", await page.GetAttributeAsync($"#note-{source.Annotations[0].AnchorId} a.original-passage", "href"), StringComparison.Ordinal);
        // The four passages use the four shapes: exact, with a prefix, with a suffix or a prefix for the repeat, start,end.
        Assert.Contains("exact", forms);
        Assert.Contains("range", forms);
        Assert.Contains(forms, f => f.Contains("prefix", StringComparison.Ordinal) || f.Contains("suffix", StringComparison.Ordinal));

        // Without a fragment the original opens at the top and nothing is highlighted: the check below can fail.
        await page.GotoAsync(url);
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY"));
        Assert.Equal(0, (await HighlightedArea(page)).Pixels);

        // The annotations are in file order: the i-th is on the i-th passage.
        foreach (var (annotation, passage) in source.Annotations.Zip(Passages))
        {
            Assert.Contains(source.Validated.Document.Text.Text.Substring(annotation.Start, annotation.Length), passage, StringComparison.Ordinal);
            await page.GotoAsync(server.Url("sources/story/"));
            var link = page.Locator($"#note-{annotation.AnchorId} a.original-passage");
            var href = (await link.GetAttributeAsync("href"))!;
            var arrived = page.WaitForURLAsync(u => u.StartsWith(url, StringComparison.Ordinal));
            await link.ClickAsync();
            await arrived;
            await page.WaitForLoadStateAsync(LoadState.Load);
            // Chromium strips the directive from the URL the page sees, and scrolls to the match.
            await page.WaitForFunctionAsync("() => window.scrollY > 0", null, new() { Timeout = 10_000 });
            Assert.DoesNotContain(":~:", await page.EvaluateAsync<string>("() => location.href"), StringComparison.Ordinal);
            var box = await page.EvaluateAsync<JsonElement>(
                "text => { const p = [...document.querySelectorAll('p')].find(e => e.textContent === text); const r = p.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: innerHeight }; }",
                passage);
            Assert.True(box.GetProperty("top").GetDouble() >= 0 && box.GetProperty("bottom").GetDouble() <= box.GetProperty("height").GetDouble(),
                $"{href}: the passage is in view after the jump ({box})");
            var area = await HighlightedArea(page);
            Assert.True(area.Pixels > 200, $"{href}: Chromium highlights the passage ({area.Pixels} highlighted pixels)");
            Assert.True(area.Top >= box.GetProperty("top").GetDouble() - 2 && area.Bottom <= box.GetProperty("bottom").GetDouble() + 2,
                $"{href}: the highlight ({area.Top}..{area.Bottom}) is on the passage's paragraph ({box})");
        }
        session.Probe.AssertClean();
    }

    [GeneratedRegex(@"^https://web\.archive\.org/web/(?<stamp>[0-9]{14})/(?<url>.+)$")]
    private static partial Regex WaybackForm();

    /// <summary>The terms of a directive value, and its form (exact, range; with prefix and/or suffix), checking the syntax's own <c>-</c> and <c>,</c>.</summary>
    private static IReadOnlyList<string> Terms(string value, out string form)
    {
        Assert.DoesNotContain("&", value, StringComparison.Ordinal);
        var parts = value.Split(',').ToList();
        var names = new List<string>();
        if (parts[0].EndsWith('-'))
        {
            parts[0] = parts[0][..^1];
            names.Add("prefix");
        }
        if (parts[^1].StartsWith('-'))
        {
            parts[^1] = parts[^1][1..];
            names.Add("suffix");
        }
        var main = parts.Count - names.Count;
        Assert.InRange(main, 1, 2);
        names.Insert(0, main == 2 ? "range" : "exact");
        form = string.Join("+", names);
        // A raw '-' is only ever the context marker the split removed.
        Assert.All(parts, p => Assert.DoesNotContain("-", p, StringComparison.Ordinal));
        return parts;
    }

    private static async Task<Dictionary<string, string?>> Attributes(IPage page, string selector)
    {
        var json = await page.EvaluateAsync<JsonElement>(
            "s => { const a = document.querySelector(s); const o = { resolved: a.href }; for (const at of a.attributes) o[at.name] = at.value; return o; }", selector);
        return json.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString(), StringComparer.Ordinal);
    }

    /// <summary>Where the viewport shows the highlight colour: how many pixels, and their top and bottom in CSS pixels.</summary>
    private static async Task<(int Pixels, double Top, double Bottom)> HighlightedArea(IPage page)
    {
        var png = await page.ScreenshotAsync();
        // Chromium decodes its own screenshot: a PNG drawn into a canvas of a blank page, pixel by pixel.
        var viewer = await page.Context.NewPageAsync();
        try
        {
            var result = await viewer.EvaluateAsync<JsonElement>(
                """
                async src => {
                  const img = new Image(); img.src = src; await img.decode();
                  const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
                  const g = c.getContext('2d'); g.drawImage(img, 0, 0);
                  const d = g.getImageData(0, 0, c.width, c.height).data;
                  let n = 0, top = Infinity, bottom = -1;
                  for (let i = 0; i < d.length; i += 4) {
                    if (d[i] > 230 && d[i + 1] < 40 && d[i + 2] < 40) { n++; const y = Math.floor(i / 4 / c.width); top = Math.min(top, y); bottom = Math.max(bottom, y); }
                  }
                  return { n, top: n ? top : 0, bottom: n ? bottom + 1 : 0 };
                }
                """, "data:image/png;base64," + Convert.ToBase64String(png));
            return (result.GetProperty("n").GetInt32(), result.GetProperty("top").GetDouble(), result.GetProperty("bottom").GetDouble());
        }
        finally
        {
            await viewer.CloseAsync();
        }
    }

    /// <summary>The original as its publisher would serve it: the same paragraphs as the archived text, as HTML.</summary>
    private static string OriginalPage()
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story</title>");
        html.Append(CultureInfo.InvariantCulture, $"<style>body {{ font: 18px/1.5 sans-serif; margin: 2rem; color: #222; background: #fff; }} ::target-text {{ background-color: {Highlight}; color: #fff; }}</style>");
        html.Append("</head><body><h1>Story</h1>");
        foreach (var paragraph in Filler.Concat(Passages))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }
        return html.Append("</body></html>").ToString();
    }

    private static void WriteSite(TempSite site, string url)
    {
        site.Write("site.config.yml", """
            title: Original Links Test
            description: One source with a URL and an archive date.
            base_url: https://archive.example.org/archive/
            language: en
            vocabularies:
              source_kinds: [news]
              perspectives: [neutral]
              signal_kinds: [framing]
              stances: [supports, disputes, qualifies, mentions]
              source_relations: [same-story]
              claim_relations: [related]
            """);
        site.Write("content/claims/exports-halted.md", """
            ---
            id: exports-halted
            statement: Exports were halted.
            ---
            A claim for the test.
            """);
        var body = string.Join("\n\n", Filler.Concat(Passages));
        site.Write("content/sources/story.md", $"""
            ---
            id: story
            title: Story
            language: en
            publisher: Example News
            url: "{url}"
            kind: news
            archive:
              retrieved: {Retrieved}
            claims:
              - claim: exports-halted
                quote: "cobalt-free magnets, motors & drives"
                stance: mentions
              - claim: exports-halted
                id: halted-monday
                quote: "exports were halted on Monday"
                stance: supports
              - claim: exports-halted
                id: halted-again
                quote: "exports were halted"
                prefix: "Traders said"
                stance: supports
              - claim: exports-halted
                id: licences
                quote: "{Passages[3]}"
                stance: mentions
            ---
            {body}
            """);
    }
}
