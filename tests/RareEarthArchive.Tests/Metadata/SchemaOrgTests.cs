using System.Text.Json;
using RareEarthArchive.Tests.Exports;
using static RareEarthArchive.Tests.Metadata.MetadataPages;

namespace RareEarthArchive.Tests.Metadata;

public sealed class SchemaOrgTests
{
    private static readonly string[] SourceTypes =
        ["Article", "NewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting", "CreativeWork"];

    [Fact]
    public void Every_claim_page_has_a_claim_with_its_appearances_and_a_claim_review_only_where_there_is_a_review()
    {
        var site = ExportSites.Real;
        var reviewed = 0;
        foreach (var claim in site.Model.Claims)
        {
            var json = SingleJsonLd(Page(site, $"claims/{claim.Id}/index.html"));
            Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
            JsonElement claimNode;
            if (claim.Claim.Review is { } review)
            {
                reviewed++;
                Assert.Equal("ClaimReview", json.GetProperty("@type").GetString());
                Assert.Equal(claim.Claim.Statement, json.GetProperty("claimReviewed").GetString());
                Assert.Equal(site.SiteUrl + $"claims/{claim.Id}/", json.GetProperty("url").GetString());
                var rating = json.GetProperty("reviewRating");
                Assert.Equal("Rating", rating.GetProperty("@type").GetString());
                Assert.Equal(review.Rating, rating.GetProperty("alternateName").GetString());
                Assert.Equal(review.Author, json.GetProperty("author").GetProperty("name").GetString());
                Assert.Equal(review.Date.ToString(), json.GetProperty("datePublished").GetString());
                claimNode = json.GetProperty("itemReviewed");
            }
            else
            {
                Assert.False(json.TryGetProperty("reviewRating", out _));
                claimNode = json;
            }
            Assert.Equal("Claim", claimNode.GetProperty("@type").GetString());
            Assert.Equal(claim.Claim.Statement, claimNode.GetProperty("text").GetString());
            var appearances = claimNode.GetProperty("appearance").EnumerateArray().ToList();
            Assert.Equal(claim.Appearances.Length, appearances.Count);
            for (var i = 0; i < appearances.Count; i++)
            {
                var a = claim.Appearances[i];
                Assert.Contains(appearances[i].GetProperty("@type").GetString(), SourceTypes);
                Assert.Equal(site.SiteUrl + $"sources/{a.SourceId}/#{a.Annotation.AnchorId}", appearances[i].GetProperty("url").GetString());
                Assert.Equal("Organization", appearances[i].GetProperty("publisher").GetProperty("@type").GetString());
            }
        }
        Assert.True(reviewed >= 1, "the real archive has reviewed claims");
    }

    [Fact]
    public void Every_source_page_describes_an_article_or_creative_work_with_its_publisher()
    {
        var site = ExportSites.Real;
        foreach (var entry in site.Model.Sources)
        {
            var s = entry.Source;
            var json = SingleJsonLd(Page(site, $"sources/{s.Id}/index.html"));
            Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
            Assert.Contains(json.GetProperty("@type").GetString(), SourceTypes);
            Assert.Equal(s.Title, json.GetProperty("headline").GetString());
            Assert.Equal("Organization", json.GetProperty("publisher").GetProperty("@type").GetString());
            Assert.Equal(s.Publisher, json.GetProperty("publisher").GetProperty("name").GetString());
            Assert.Equal(s.Language, json.GetProperty("inLanguage").GetString());
            Assert.Equal(site.SiteUrl + $"sources/{s.Id}/", json.GetProperty("archivedAt").GetString());
            Assert.Equal(s.Published?.ToString(), json.TryGetProperty("datePublished", out var d) ? d.GetString() : null);
        }
    }

    [Fact]
    public void Contributor_text_cannot_close_the_json_ld_script()
    {
        var site = ExportSites.Hostile;
        foreach (var path in new[] { "sources/hostile-source/index.html", "claims/hostile-claim/index.html" })
        {
            var page = Page(site, path);
            // The only scripts are the site's own (with src) and the one JSON-LD block: nothing the payload opened.
            var scripts = page.QuerySelectorAll("script").ToList();
            Assert.All(scripts.Where(s => s.GetAttribute("type") != "application/ld+json"), s => Assert.True(s.HasAttribute("src"), s.OuterHtml));
            Assert.DoesNotContain(scripts, s => s.TextContent.Contains("alert(", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json");
            var raw = Assert.Single(scripts, s => s.GetAttribute("type") == "application/ld+json").TextContent;
            Assert.DoesNotContain("<", raw, StringComparison.Ordinal);
            Assert.DoesNotContain("&", raw, StringComparison.Ordinal);
            // And the JSON still says exactly what the contributor wrote.
            var json = JsonDocument.Parse(raw).RootElement;
            if (path.StartsWith("sources/", StringComparison.Ordinal))
            {
                Assert.Equal(ExportSites.SpecialTitle, json.GetProperty("headline").GetString());
            }
            else
            {
                Assert.Equal("</script><script>alert(1)</script> & <b>bold</b>", json.GetProperty("claimReviewed").GetString());
                Assert.Equal("</script><script>alert(2)</script>", json.GetProperty("reviewBody").GetString());
            }
        }
        var plain = SingleJsonLd(Page(site, "claims/plain-claim/index.html"));
        Assert.Equal("Claim", plain.GetProperty("@type").GetString());
    }
}
