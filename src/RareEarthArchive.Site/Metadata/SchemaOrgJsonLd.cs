using System.Text.Json.Nodes;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Site.Routing;

namespace RareEarthArchive.Site.Metadata;

/// <summary>
/// schema.org JSON-LD for pages. A source page describes the archived document (an Article or CreativeWork
/// with its publisher, <c>archivedAt</c> the archive's page). A claim page describes a <c>Claim</c> with every
/// passage that states it as an <c>appearance</c>; where the archive gives its own review, the page's item is
/// a <c>ClaimReview</c> whose <c>itemReviewed</c> is that Claim. There is no ClaimReview without a review:
/// the archive does not pretend to a verdict it has not given.
/// </summary>
public static class SchemaOrgJsonLd
{
    public const string Context = "https://schema.org";

    public static JsonObject ForSource(SourceEntry entry, SiteModel site, SiteUrls urls)
    {
        var source = entry.Source;
        var page = urls.Absolute(urls.Source(source.Id));
        var work = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = SourceTypes.SchemaOrg(source.Kind),
            ["@id"] = page + "#source",
            ["headline"] = source.Title,
            ["name"] = source.Title,
        };
        if (source.OriginalTitle is { } original)
        {
            work["alternativeHeadline"] = original;
        }
        work["inLanguage"] = source.Language;
        work["publisher"] = Organization(source.Publisher);
        if (source.Author is { } author)
        {
            work["author"] = new JsonObject { ["@type"] = "Person", ["name"] = author };
        }
        if (source.Published is { } published)
        {
            work["datePublished"] = published.ToString();
        }
        work["url"] = source.Url ?? page;
        work["archivedAt"] = page;
        work["genre"] = source.Kind;
        if (source.Tags.Length > 0)
        {
            work["keywords"] = string.Join(", ", source.Tags);
        }
        work["isPartOf"] = Archive(site, urls);
        return work;
    }

    public static JsonObject ForClaim(ClaimEntry entry, SiteModel site, SiteUrls urls)
    {
        var claim = entry.Claim;
        var page = urls.Absolute(urls.Claim(claim.Id));
        var appearances = new JsonArray();
        foreach (var appearance in entry.Appearances)
        {
            var source = site.Source(appearance.SourceId).Source;
            var item = new JsonObject
            {
                ["@type"] = SourceTypes.SchemaOrg(source.Kind),
                ["headline"] = source.Title,
                ["url"] = urls.Absolute(urls.Passage(source.Id, appearance.Annotation.AnchorId)),
                ["publisher"] = Organization(source.Publisher),
            };
            if (source.Published is { } published)
            {
                item["datePublished"] = published.ToString();
            }
            item["inLanguage"] = source.Language;
            item["text"] = appearance.Quote;
            appearances.Add(item);
        }
        var claimNode = new JsonObject
        {
            ["@type"] = "Claim",
            ["@id"] = page + "#claim",
            ["name"] = claim.Statement,
            ["text"] = claim.Statement,
            ["url"] = page,
            ["appearance"] = appearances,
        };
        if (claim.Review is not { } review)
        {
            claimNode.Insert(0, "@context", Context);
            return claimNode;
        }
        return new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "ClaimReview",
            ["@id"] = page + "#review",
            ["url"] = page,
            ["claimReviewed"] = claim.Statement,
            ["author"] = Organization(review.Author),
            ["datePublished"] = review.Date.ToString(),
            ["reviewBody"] = Core.Markdown.ContributorMarkdown.ToPlainText(review.Rationale),
            ["reviewRating"] = new JsonObject { ["@type"] = "Rating", ["alternateName"] = review.Rating },
            ["itemReviewed"] = claimNode,
        };
    }

    private static JsonObject Organization(string name) => new() { ["@type"] = "Organization", ["name"] = name };

    private static JsonObject Archive(SiteModel site, SiteUrls urls) =>
        new() { ["@type"] = "WebSite", ["name"] = site.Config.Title, ["url"] = urls.Absolute(urls.Home) };
}
