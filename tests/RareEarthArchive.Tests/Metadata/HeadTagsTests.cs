using RareEarthArchive.Site.Metadata;
using RareEarthArchive.Tests.Exports;
using static RareEarthArchive.Tests.Metadata.MetadataPages;

namespace RareEarthArchive.Tests.Metadata;

public sealed class HeadTagsTests
{
    [Fact]
    public void Source_pages_carry_highwire_citation_tags_and_open_graph()
    {
        foreach (var site in new[] { ExportSites.Real, ExportSites.Hostile })
        {
            foreach (var entry in site.Model.Sources)
            {
                var s = entry.Source;
                var page = Page(site, $"sources/{s.Id}/index.html");
                var url = site.SiteUrl + $"sources/{s.Id}/";
                Assert.Equal(s.Title, Meta(page, "name", "citation_title"));
                Assert.Equal(s.Publisher, Meta(page, "name", "citation_publisher"));
                Assert.Equal(s.Author, Meta(page, "name", "citation_author"));
                Assert.Equal(s.Published is { } p ? PageHead.HighwireDate(p) : null, Meta(page, "name", "citation_publication_date"));
                Assert.Equal(s.Title, Meta(page, "property", "og:title"));
                Assert.Equal(url, Meta(page, "property", "og:url"));
                Assert.Equal("article", Meta(page, "property", "og:type"));
                Assert.Equal(url, page.Head!.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
            }
        }
        var hostile = Page(ExportSites.Hostile, "sources/hostile-source/index.html");
        Assert.Equal("2025/07/03", Meta(hostile, "name", "citation_publication_date"));
    }

    [Fact]
    public void Every_page_has_open_graph_matching_its_canonical_url()
    {
        var site = ExportSites.Real;
        foreach (var path in site.Files.Keys.Where(p => p.EndsWith("index.html", StringComparison.Ordinal)))
        {
            var page = Page(site, path);
            var canonical = page.Head!.QuerySelector("link[rel='canonical']")!.GetAttribute("href");
            Assert.Equal(canonical, Meta(page, "property", "og:url"));
            Assert.False(string.IsNullOrEmpty(Meta(page, "property", "og:title")), path);
            Assert.Contains(Meta(page, "property", "og:type"), new[] { "website", "article" });
        }
    }

    [Fact]
    public void Claim_pages_carry_citation_tags_and_a_cite_this_box()
    {
        var site = ExportSites.Real;
        foreach (var claim in site.Model.Claims)
        {
            var page = Page(site, $"claims/{claim.Id}/index.html");
            Assert.Equal(claim.Claim.Statement, Meta(page, "name", "citation_title"));
            Assert.Equal(site.Model.Config.Title, Meta(page, "name", "citation_publisher"));
            var box = page.QuerySelector("section.cite-this");
            Assert.NotNull(box);
            var links = box.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal([$"/RareEarthArchive/claims/{claim.Id}/cite.bib", $"/RareEarthArchive/claims/{claim.Id}/cite.json"], links);
            Assert.Equal(site.Text($"claims/{claim.Id}/cite.bib"), box.QuerySelector("code.language-bibtex")!.TextContent);
        }
    }
}
