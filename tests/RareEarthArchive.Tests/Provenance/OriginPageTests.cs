namespace RareEarthArchive.Tests.Provenance;

/// <summary>Claim pages count independent origins and group appearances by them; each declared origin has a page.</summary>
public sealed class OriginPageTests(ProvenanceArchive archive) : IClassFixture<ProvenanceArchive>
{
    [Fact]
    public void A_relay_and_its_source_count_as_one_origin_beside_the_tally()
    {
        var page = archive.Site.Page("claims/magnet-exports-halted/index.html");

        Assert.Equal("4 passages in 3 sources, tracing to 2 independent origins:", page.QuerySelector(".origin-summary")!.TextContent);
        var groups = page.QuerySelectorAll(".origin-group").ToList();
        Assert.Equal(2, groups.Count);
        Assert.StartsWith("Example Wire (via Example Blog and Example Wire)", groups[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(3, groups[0].QuerySelectorAll("a[href*='#from-']").Length);
        Assert.StartsWith("Example Paper (on its own)", groups[1].TextContent, StringComparison.Ordinal);
        // Every passage link leads to an appearance on the same page.
        Assert.All(page.QuerySelectorAll(".origin-group a[href*='#from-']"),
            a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")!.Split('#')[1])));
    }

    [Fact]
    public void A_declared_origin_links_to_its_page_which_lists_what_traces_to_it_claim_by_claim()
    {
        var claim = archive.Site.Page("claims/licences-case-by-case/index.html");
        var link = claim.QuerySelectorAll(".origin-group a").First(a => a.TextContent == "The ministry (not named in the report)");
        Assert.Equal("/archive/origins/ministry/", link.GetAttribute("href"));

        var origin = archive.Site.Page("origins/ministry/index.html");
        Assert.Equal("The ministry (not named in the report)", origin.QuerySelector("h1")!.TextContent);
        var section = Assert.Single(origin.QuerySelectorAll("section.origin-claim"));
        Assert.Equal("/archive/claims/licences-case-by-case/", section.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Single(section.QuerySelectorAll("blockquote"));
    }

    [Fact]
    public void The_claims_index_counts_independent_origins()
    {
        var index = archive.Site.Page("claims/index.html");
        var card = index.QuerySelectorAll(".claim-card").Single(c => c.QuerySelector("a")!.GetAttribute("href") == "/archive/claims/magnet-exports-halted/");

        Assert.Contains("3 sources · 2 independent origins", card.TextContent, StringComparison.Ordinal);
    }
}
