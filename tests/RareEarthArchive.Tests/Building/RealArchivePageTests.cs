using System.Xml.Linq;
using AngleSharp.Dom;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Building;

/// <summary>The real archive's pages, parsed as HTML and checked against the model they were built from.</summary>
public sealed class RealArchivePageTests(RealArchiveBuild build) : IClassFixture<RealArchiveBuild>
{
    private BuiltSite Site => build.Site;

    [Fact]
    public void Every_source_and_claim_has_a_page()
    {
        foreach (var source in build.Model.Sources)
        {
            Assert.Contains($"sources/{source.Id}/index.html", Site.Files.Keys);
        }
        foreach (var claim in build.Model.Claims)
        {
            Assert.Contains($"claims/{claim.Id}/index.html", Site.Files.Keys);
        }
        Assert.Contains("404.html", Site.Files.Keys);
        Assert.Contains("index.html", Site.Files.Keys);
        Assert.Contains("sources/index.html", Site.Files.Keys);
        Assert.Contains("claims/index.html", Site.Files.Keys);
    }

    [Fact]
    public void A_passage_says_the_same_on_its_source_page_and_its_claim_page()
    {
        // One partial renders both: the stance, value, date, attribution, quote and note agree word for word.
        var compared = 0;
        foreach (var claim in build.Model.Claims)
        {
            var claimPage = Site.Page($"claims/{claim.Id}/index.html");
            foreach (var appearance in claim.Appearances)
            {
                var anchor = appearance.Annotation.AnchorId;
                var onClaim = claimPage.GetElementById($"from-{appearance.SourceId}-{anchor}")!;
                var onSource = Site.Page($"sources/{appearance.SourceId}/index.html").GetElementById($"note-{anchor}")!;
                var claimHead = onClaim.QuerySelector(".annotation-head")!;
                // A copy: the page is parsed once and shared by every test in the class, so it must not be changed.
                var sourceHead = (IElement)onSource.QuerySelector(".annotation-head")!.Clone();
                Assert.Null(claimHead.QuerySelector("a.claim-link"));
                Assert.Equal(claim.Claim.Statement, sourceHead.QuerySelector("a.claim-link")!.TextContent);
                sourceHead.QuerySelector("a.claim-link")!.Remove();
                Assert.Equal(Fold(claimHead.TextContent), Fold(sourceHead.TextContent));
                Assert.Equal(appearance.Quote, onClaim.QuerySelector("blockquote mark")!.TextContent);
                Assert.Equal(appearance.Quote, onSource.QuerySelector("blockquote")!.TextContent);
                Assert.Equal(onClaim.QuerySelector(".note-text")?.InnerHtml, onSource.QuerySelector(".note-text")?.InnerHtml);
                Assert.Equal(onClaim.QuerySelector("a.passage-link")!.GetAttribute("href"), onSource.QuerySelector("a.passage-link")!.GetAttribute("href"));
                compared++;
            }
        }
        Assert.Equal(build.Model.AnnotationCount, compared);
    }

    [Fact]
    public void Every_annotated_passage_is_marked_in_place_with_its_permalink()
    {
        foreach (var source in build.Model.Sources)
        {
            var page = Site.Page($"sources/{source.Id}/index.html");
            var body = page.QuerySelector(".archived-text")!;
            foreach (var annotation in source.Annotations)
            {
                var marks = body.QuerySelectorAll("mark").Where(m => m.Id == annotation.AnchorId || m.GetAttribute("data-continues") == annotation.AnchorId).ToList();
                Assert.NotEmpty(marks);
                Assert.Equal(annotation.AnchorId, marks[0].Id);
                var expected = source.Validated.Document.Text.Text.Substring(annotation.Start, annotation.Length);
                Assert.Equal(Fold(expected), Fold(string.Join(" ", marks.Select(m => m.TextContent))));
                Assert.Contains("annotation", marks[0].ClassList);
                Assert.Equal(annotation.Annotation.ClaimId, marks[0].GetAttribute("data-claim"));
                // The mark points to its note (and a link after it leads there without script), and the note links to the claim.
                Assert.Single(body.QuerySelectorAll($"a.note-ref[href='#note-{annotation.AnchorId}']"));
                var note = page.GetElementById(marks[0].GetAttribute("aria-describedby")!);
                Assert.NotNull(note);
                Assert.Contains(note!.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == $"{Site.BasePath}claims/{annotation.Annotation.ClaimId}/");
            }
            foreach (var signal in source.Signals)
            {
                var mark = body.QuerySelector($"mark#{signal.AnchorId}");
                Assert.NotNull(mark);
                Assert.Contains("signal", mark!.ClassList);
                // The bias panel links to the signal's passage.
                Assert.Contains(page.QuerySelectorAll(".bias-signals a[href]"), a => a.GetAttribute("href")!.EndsWith("#" + signal.AnchorId, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Source_text_carries_the_source_language()
    {
        foreach (var source in build.Model.Sources)
        {
            var page = Site.Page($"sources/{source.Id}/index.html");
            Assert.Equal(source.Source.Language, page.QuerySelector(".archived-text")!.GetAttribute("lang"));
            Assert.Equal(source.Source.Language, page.QuerySelector("h1")!.GetAttribute("lang"));
        }
    }

    private static readonly Dictionary<string, string> PluralVerbs = new(StringComparer.Ordinal)
    {
        ["supports"] = "support", ["qualifies"] = "qualify", ["disputes"] = "dispute", ["mentions"] = "mention",
    };

    [Fact]
    public void Claim_page_compares_every_source_statement_with_context()
    {
        foreach (var claim in build.Model.Claims)
        {
            var page = Site.Page($"claims/{claim.Id}/index.html");
            var figures = page.QuerySelectorAll("figure.appearance");
            Assert.Equal(claim.Appearances.Length, figures.Length);
            foreach (var (appearance, figure) in claim.Appearances.Zip(OrderLike(claim, figures)))
            {
                Assert.Equal(Fold(appearance.Quote), Fold(figure.QuerySelector("blockquote mark")!.TextContent));
                var link = figure.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
                Assert.Contains($"{Site.BasePath}sources/{appearance.SourceId}/#{appearance.Annotation.AnchorId}", link);
            }
            // Whom a source credits a statement to is shown beside it.
            Assert.Equal(
                claim.Appearances.Select(a => a.Annotation.Annotation.AttributedTo).OfType<string>().Select(t => "according to " + t),
                page.QuerySelectorAll("figure.appearance .attributed").Select(e => e.TextContent));
            var tallyText = page.QuerySelector(".tally-text")!.TextContent;
            // The tally says what it counts (passages), and each count agrees with its verb: "1 supports", "3 support".
            if (claim.Appearances.Length > 0)
            {
                Assert.StartsWith(claim.Appearances.Length == 1 ? "1 passage: " : $"{claim.Appearances.Length} passages: ", tallyText, StringComparison.Ordinal);
            }
            foreach (var count in claim.Tally.Where(t => t.Count > 0))
            {
                Assert.Contains(count.Count == 1 ? $"1 {count.Stance}" : $"{count.Count} {PluralVerbs[count.Stance]}", tallyText, StringComparison.Ordinal);
            }
            // Passages are grouped by source: one group a source, holding exactly that source's passages.
            var groups = page.QuerySelectorAll("section.source-group");
            Assert.Equal(claim.SourceCount, groups.Length);
            foreach (var group in groups)
            {
                var sourceHref = group.QuerySelector("h3 a")!.GetAttribute("href")!;
                Assert.All(group.QuerySelectorAll("figure.appearance a.passage-link"), a => Assert.StartsWith(sourceHref + "#", a.GetAttribute("href")!, StringComparison.Ordinal));
            }
            // A claim with one source says honestly that there is nothing to compare across sources.
            Assert.Equal(claim.SourceCount == 1, page.QuerySelector(".comparison .single-source") is not null);
            if (claim.Appearances.Length == 0)
            {
                Assert.Contains("nothing to compare", page.QuerySelector(".comparison")!.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Quantity_claims_chart_every_value_given()
    {
        var quantityClaims = build.Model.Claims.Where(c => c.Claim.Quantity is not null).ToList();
        Assert.NotEmpty(quantityClaims);
        foreach (var claim in quantityClaims)
        {
            var page = Site.Page($"claims/{claim.Id}/index.html");
            var values = claim.Appearances.Count(a => a.Annotation.Annotation.Value is not null);
            var summary = page.QuerySelector(".quantity p")!.TextContent;
            if (values >= 2)
            {
                Assert.Equal(values, page.QuerySelectorAll(".value-chart li.row").Length);
            }
            else
            {
                // One value is stated once, in words, and not drawn as a lone bar.
                Assert.Empty(page.QuerySelectorAll(".value-chart"));
                Assert.Contains(values == 1 ? "Only one source gives a value" : "No source gives a value", summary, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Silent_sources_and_related_claims_show_in_both_directions()
    {
        foreach (var claim in build.Model.Claims)
        {
            var page = Site.Page($"claims/{claim.Id}/index.html");
            var silentLinks = page.QuerySelectorAll(".silent a").Select(a => a.GetAttribute("href")).ToHashSet();
            foreach (var id in claim.SilentSourceIds)
            {
                Assert.Contains($"{Site.BasePath}sources/{id}/", silentLinks);
            }
            foreach (var related in claim.Related)
            {
                Assert.Contains(page.QuerySelectorAll(".related a"), a => a.GetAttribute("href") == $"{Site.BasePath}claims/{related.ClaimId}/");
            }
        }
        // Every declared claim relation appears on the target's page as well.
        foreach (var claim in build.Model.Claims)
        {
            foreach (var relation in claim.Claim.Related)
            {
                var target = Site.Page($"claims/{relation.ClaimId}/index.html");
                Assert.Contains(target.QuerySelectorAll(".related a"), a => a.GetAttribute("href") == $"{Site.BasePath}claims/{claim.Id}/");
            }
        }
    }

    [Fact]
    public void Sitemap_lists_every_page_and_the_feed_every_source()
    {
        var sitemap = XDocument.Parse(Site.Text("sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = sitemap.Descendants(sm + "loc").Select(l => l.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var page in Site.HtmlPaths.Where(p => p != "404.html"))
        {
            var url = RealArchiveBuild.BaseUrl + (page == "index.html" ? "" : page[..^"index.html".Length]);
            Assert.Contains(url, locs);
        }
        var feed = XDocument.Parse(Site.Text("feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(build.Model.Sources.Length, feed.Descendants(atom + "entry").Count());
    }

    [Fact]
    public void Home_page_introduces_the_archive_with_counts_sources_and_contested_claims()
    {
        var home = Site.Page("index.html");
        var counts = home.QuerySelector(".counts")!.TextContent;
        Assert.Contains($"{build.Model.Sources.Length} sources", Fold(counts), StringComparison.Ordinal);
        Assert.Contains($"{build.Model.Claims.Length} claims", Fold(counts), StringComparison.Ordinal);
        Assert.Equal(build.Model.Sources.Length, home.QuerySelectorAll("table.sources tbody tr").Length);
        // "Most contested" lists only claims a source disputes or qualifies, every disputed claim among them.
        var contested = home.QuerySelectorAll(".claim-cards li a.claim-statement").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(contested);
        var disputed = build.Model.Claims.Where(c => c.Appearances.Any(a => a.Annotation.Annotation.Stance == "disputes")).ToList();
        Assert.NotEmpty(disputed);
        Assert.All(disputed, c => Assert.Contains($"{Site.BasePath}claims/{c.Id}/", contested));
        Assert.All(contested, href => Assert.Contains(build.Model.Claims.Single(c => $"{Site.BasePath}claims/{c.Id}/" == href).Appearances,
            a => a.Annotation.Annotation.Stance is "disputes" or "qualifies"));
    }

    [Fact]
    public void A_source_without_a_known_publisher_is_named_by_its_title_in_a_claims_origins()
    {
        // The seed's unsigned explainer has publisher "Unknown": its own-voice group once read "Unknown (on its own): Unknown".
        var unknown = Assert.Single(build.Model.Sources, s => s.Source.Publisher == "Unknown");
        var claims = build.Model.Claims.Where(c => c.Appearances.Any(a => a.SourceId == unknown.Id)).ToList();
        Assert.NotEmpty(claims);
        foreach (var claim in claims)
        {
            var group = Site.Page($"claims/{claim.Id}/index.html").QuerySelectorAll(".origin-group.origin-own")
                .Single(g => g.QuerySelector("a")!.GetAttribute("href") == $"{Site.BasePath}sources/{unknown.Id}/");
            Assert.Equal(unknown.Source.Title, group.QuerySelector("a")!.TextContent);
            Assert.StartsWith($"{unknown.Source.Title} (on its own): {unknown.Source.Title}", Fold(group.TextContent), StringComparison.Ordinal);
            Assert.DoesNotContain("Unknown", group.TextContent, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<IElement> OrderLike(Core.Assembly.ClaimEntry claim, IHtmlCollection<IElement> figures) =>
        claim.Appearances.Select(a => figures.First(f => f.Id == $"from-{a.SourceId}-{a.Annotation.AnchorId}"));

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
