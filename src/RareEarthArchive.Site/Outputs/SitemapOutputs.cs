using System.Text;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Site.Outputs;

/// <summary>
/// sitemap.xml: every planned page's absolute URL that belongs in it (<see cref="Pages.PageKind.InSitemap"/>), in
/// path order; and robots.txt, which exists to point crawlers at it.
/// </summary>
internal sealed class SitemapOutputs : ISiteOutputs
{
    public const string SitemapPath = "sitemap.xml";

    public string Name => "sitemap";

    public IEnumerable<OutputFile> Produce(SiteOutputContext context, DiagnosticBag diagnostics)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var url in context.Pages.Where(p => p.Kind.InSitemap).Select(p => p.Meta.CanonicalUrl).Order(StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(XmlText.Escape(url)).Append("</loc></url>\n");
        }
        xml.Append("</urlset>\n");
        var urls = context.Urls;
        return
        [
            OutputFile.Text(SitemapPath, xml.ToString()),
            OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {urls.Absolute(urls.BasePath + SitemapPath)}\n"),
        ];
    }
}
