using System.Text;

namespace RareEarthArchive.Site.Outputs;

/// <summary>sitemap.xml: every HTML page's absolute URL, in path order.</summary>
internal static class SitemapWriter
{
    public static OutputFile Write(IEnumerable<string> absoluteUrls)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var url in absoluteUrls.Order(StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(XmlText.Escape(url)).Append("</loc></url>\n");
        }
        xml.Append("</urlset>\n");
        return OutputFile.Text("sitemap.xml", xml.ToString());
    }
}
