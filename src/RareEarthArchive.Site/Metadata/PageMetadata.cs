using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Site.Routing;
using RareEarthArchive.Site.Templating;

namespace RareEarthArchive.Site.Metadata;

/// <summary>
/// Head HTML and "cite this" data for each page kind, made once per build from the assembled model
/// (sources are looked up by id, so no page does work proportional to the site).
/// </summary>
public sealed class PageMetadata(SiteModel site, SiteUrls urls)
{
    public HtmlFragment Generic(string title, string pageUrl, string description) =>
        PageHead.OpenGraph(site.Config.Title, title, urls.Absolute(pageUrl), description, "website").ToFragment();

    public HtmlFragment SourceHead(SourceEntry entry, string description)
    {
        var s = entry.Source;
        return PageHead.OpenGraph(site.Config.Title, s.Title, urls.Absolute(urls.Source(s.Id)), description, SourceTypes.OpenGraphArticle)
            .ArticleDate(s.Published)
            .Highwire(Citations.ForSource(entry, site, urls))
            .JsonLd(SchemaOrgJsonLd.ForSource(entry, site, urls))
            .ToFragment();
    }

    public HtmlFragment ClaimHead(ClaimEntry entry, string description) =>
        PageHead.OpenGraph(site.Config.Title, entry.Claim.Statement, urls.Absolute(urls.Claim(entry.Id)), description, "website")
            .Highwire(Citations.ForClaim(entry, site, urls))
            .JsonLd(SchemaOrgJsonLd.ForClaim(entry, site, urls))
            .ToFragment();

    public CiteView SourceCite(SourceEntry entry) => Cite(Citations.ForSource(entry, site, urls), urls.Source(entry.Id));

    public CiteView ClaimCite(ClaimEntry entry) => Cite(Citations.ForClaim(entry, site, urls), urls.Claim(entry.Id));

    /// <summary>The per-page citation files, beside the page: <c>sources/&lt;id&gt;/cite.bib</c> and <c>cite.json</c>.</summary>
    public static string BibTexUrl(string pageUrl) => pageUrl + "cite.bib";

    public static string CslJsonUrl(string pageUrl) => pageUrl + "cite.json";

    private static CiteView Cite(CitationRecord record, string pageUrl) =>
        new(record.Key, Citations.ToPlainText(record), Citations.ToBibTex(record),
            JsonText.ToFileText(new System.Text.Json.Nodes.JsonArray(Citations.ToCsl(record))), BibTexUrl(pageUrl), CslJsonUrl(pageUrl));
}
