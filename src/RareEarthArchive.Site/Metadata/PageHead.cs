using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Site.Templating;

namespace RareEarthArchive.Site.Metadata;

/// <summary>
/// The page-specific part of <c>&lt;head&gt;</c>: Open Graph on every page, and on source and claim pages the
/// Highwire <c>citation_*</c> tags (read by Zotero and Google Scholar) and the schema.org JSON-LD. Every
/// attribute value is HTML-escaped and the JSON-LD is written with <see cref="JsonText.ToScriptText"/>, so
/// contributor text stays text.
/// </summary>
public sealed class PageHead
{
    private readonly StringBuilder _html = new();

    public static PageHead OpenGraph(string siteTitle, string title, string absoluteUrl, string description, string type)
    {
        var head = new PageHead();
        head.Property("og:site_name", siteTitle);
        head.Property("og:title", title);
        head.Property("og:type", type);
        head.Property("og:url", absoluteUrl);
        head.Property("og:description", description);
        return head;
    }

    /// <summary>Highwire Press tags for a citable page.</summary>
    public PageHead Highwire(CitationRecord citation)
    {
        Name("citation_title", citation.Title);
        if (citation.Author is { } author)
        {
            Name("citation_author", author);
        }
        Name("citation_publisher", citation.Publisher);
        if (citation.Issued is { } issued)
        {
            Name("citation_publication_date", HighwireDate(issued));
        }
        Name("citation_language", citation.Language);
        Name("citation_fulltext_html_url", citation.ArchiveUrl);
        return this;
    }

    public PageHead ArticleDate(PartialDate? published)
    {
        if (published is { } date)
        {
            Property("article:published_time", date.ToString());
        }
        return this;
    }

    public PageHead JsonLd(JsonNode node)
    {
        _html.Append("<script type=\"application/ld+json\">").Append(JsonText.ToScriptText(node)).Append("</script>\n");
        return this;
    }

    public HtmlFragment ToFragment() => new(_html.ToString());

    /// <summary>Google Scholar's form, <c>2025/07/03</c>, as far as the date is known.</summary>
    public static string HighwireDate(PartialDate date) => (date.Month, date.Day) switch
    {
        (null, _) => date.Year.ToString("D4", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}/{m:D2}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}/{m:D2}/{d:D2}"),
    };

    private void Property(string property, string content) =>
        _html.Append("<meta property=\"").Append(property).Append("\" content=\"").Append(Html.Escape(content)).Append("\">\n");

    private void Name(string name, string content) =>
        _html.Append("<meta name=\"").Append(name).Append("\" content=\"").Append(Html.Escape(content)).Append("\">\n");
}
