using System.Globalization;
using System.Text;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Routing;

namespace RareEarthArchive.Site.Outputs;

/// <summary>
/// feed.xml: an Atom feed of the archived sources, newest first. Its dates come from the content (publication
/// dates), not from the clock, so two builds of the same input are identical.
/// </summary>
internal sealed class AtomFeedOutputs : ISiteOutputs
{
    public string Name => "feed";

    public IEnumerable<OutputFile> Produce(SiteOutputContext context, DiagnosticBag diagnostics) =>
        [Write(context.Site, context.Urls, context.BuildTime)];

    private static OutputFile Write(SiteModel site, SiteUrls urls, DateTimeOffset? buildTime)
    {
        var entries = site.Sources
            .OrderByDescending(s => s.Source.Published?.Earliest ?? DateOnly.MinValue)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var latest = entries.Select(e => e.Source.Published?.Earliest).OfType<DateOnly>().DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
        var updated = buildTime?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? Stamp(latest);

        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.Append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").Append(XmlText.Escape(site.Config.Language)).Append("\">\n");
        xml.Append("  <title>").Append(XmlText.Escape(site.Config.Title)).Append(" — sources</title>\n");
        xml.Append("  <subtitle>").Append(XmlText.Escape(site.Config.Description)).Append("</subtitle>\n");
        xml.Append("  <id>").Append(XmlText.Escape(urls.Absolute(urls.Feed))).Append("</id>\n");
        xml.Append("  <link rel=\"self\" href=\"").Append(XmlText.Escape(urls.Absolute(urls.Feed))).Append("\"/>\n");
        xml.Append("  <link rel=\"alternate\" type=\"text/html\" href=\"").Append(XmlText.Escape(urls.Absolute(urls.Home))).Append("\"/>\n");
        xml.Append("  <updated>").Append(updated).Append("</updated>\n");
        xml.Append("  <generator version=\"").Append(ToolVersion.Value).Append("\">RareEarthArchive</generator>\n");
        foreach (var entry in entries)
        {
            var source = entry.Source;
            var url = urls.Absolute(urls.Source(source.Id));
            var date = Stamp(source.Published?.Earliest ?? latest);
            xml.Append("  <entry>\n");
            xml.Append("    <title>").Append(XmlText.Escape(source.Title)).Append("</title>\n");
            xml.Append("    <id>").Append(XmlText.Escape(url)).Append("</id>\n");
            xml.Append("    <link rel=\"alternate\" type=\"text/html\" href=\"").Append(XmlText.Escape(url)).Append("\"/>\n");
            xml.Append("    <updated>").Append(date).Append("</updated>\n");
            xml.Append("    <author><name>").Append(XmlText.Escape(source.Author ?? source.Publisher)).Append("</name></author>\n");
            var summary = source.Bias?.Summary is { } s
                ? $"{source.Publisher}, {source.Kind}. {s}"
                : $"{source.Publisher}, {source.Kind}.";
            xml.Append("    <summary>").Append(XmlText.Escape(summary)).Append("</summary>\n");
            foreach (var tag in source.Tags)
            {
                xml.Append("    <category term=\"").Append(XmlText.Escape(tag)).Append("\"/>\n");
            }
            xml.Append("  </entry>\n");
        }
        xml.Append("</feed>\n");
        return OutputFile.Text("feed.xml", xml.ToString());
    }

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
