using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Building;

/// <summary>The seed archive's claim pages: every claim with two or more dated appearances shows a timeline of them, and no other does.</summary>
public sealed class ClaimTimelinePageTests(RealArchiveBuild build) : IClassFixture<RealArchiveBuild>
{
    [Fact]
    public void Every_claim_with_two_dated_appearances_shows_its_timeline_and_no_other_claim_does()
    {
        var published = build.Model.Sources.ToDictionary(s => s.Id, s => s.Source.Published, StringComparer.Ordinal);
        var shown = 0;
        foreach (var claim in build.Model.Claims)
        {
            var page = build.Site.Page($"claims/{claim.Id}/index.html");
            var timeline = page.QuerySelector("figure.claim-timeline");
            var dated = claim.Appearances.Where(a => published[a.SourceId] is not null).ToList();
            if (dated.Count < 2)
            {
                Assert.Null(timeline);
                continue;
            }
            shown++;
            Assert.NotNull(timeline);
            // One row per dated passage, each naming its source's date and linking to the passage's card on the page.
            var rows = timeline!.QuerySelectorAll("ol.dated > li.row").ToList();
            Assert.Equal(dated.Count, rows.Count);
            var expectedDates = dated.Select(a => published[a.SourceId]!).Order().Select(d => d.ToString()).ToList();
            Assert.Equal(expectedDates, rows.Select(r => r.QuerySelector(".label .meta")!.TextContent.Split(' ')[0]));
            foreach (var row in rows)
            {
                var target = row.QuerySelector(".label > a")!.GetAttribute("href")!;
                Assert.NotNull(page.GetElementById(target.TrimStart('#')));
            }
            // The earliest are marked first, and nothing later is.
            var earliest = expectedDates[0];
            Assert.All(rows, r => Assert.Equal(r.QuerySelector(".label .meta")!.TextContent.StartsWith(earliest, StringComparison.Ordinal), r.ClassList.Contains("first")));
            // Undated passages are listed, not plotted.
            Assert.Equal(claim.Appearances.Length - dated.Count, timeline.QuerySelectorAll("ul.undated > li").Length);
            Assert.Equal("When the sources stated it", page.QuerySelector("section.timeline h2")!.TextContent);
        }
        // The seed's two dated sources (the Sou Hu Cai Jing summaries of 2025-07-04 and 2025-07-05) share three claims.
        Assert.Equal(3, shown);
    }
}
