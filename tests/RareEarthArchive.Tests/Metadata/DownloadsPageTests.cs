using RareEarthArchive.Tests.Exports;
using static RareEarthArchive.Tests.Metadata.MetadataPages;

namespace RareEarthArchive.Tests.Metadata;

public sealed class DownloadsPageTests
{
    [Fact]
    public void The_downloads_page_lists_every_export_with_format_and_true_size_under_one_licence_note()
    {
        var site = ExportSites.Real;
        var page = Page(site, "downloads/index.html");
        var rows = page.QuerySelectorAll("table.downloads tbody tr").ToList();
        // The Web Annotation pages are described by the collection's row, not listed one by one.
        var exports = site.Files.Keys.Where(p => (p.StartsWith("data/", StringComparison.Ordinal) || p.StartsWith("schemas/", StringComparison.Ordinal))
            && !p.StartsWith(RareEarthArchive.Site.Exports.WebAnnotationExport.PagesFolder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(8, exports.Count);
        var listed = new List<string>();
        foreach (var row in rows.Where(r => r.QuerySelector("a[download]") is not null))
        {
            var href = row.QuerySelector("a[download]")!.GetAttribute("href")!;
            Assert.StartsWith("/RareEarthArchive/", href);
            var path = href["/RareEarthArchive/".Length..];
            listed.Add(path);
            var cells = row.QuerySelectorAll("td").ToList();
            Assert.Equal(3, cells.Count);
            Assert.False(string.IsNullOrWhiteSpace(cells[0].TextContent), "format");
            Assert.Equal(site.Bytes(path).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[1].GetAttribute("data-bytes"));
            Assert.Matches(@"^\d+(\.\d)? (bytes|kB|MB)$", cells[1].TextContent);
            Assert.True(cells[2].TextContent.Length > 30, "a description");
            Assert.DoesNotContain("copyright", row.TextContent, StringComparison.Ordinal);
        }
        // One licence note for every file, each licence text in it once, and no developer jargon in the table.
        var note = Assert.Single(page.QuerySelectorAll("main .licence-note"));
        Assert.Contains("copyright", note.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("main p"), p => p.TextContent.Contains("copyright", StringComparison.Ordinal));
        var table = page.QuerySelector("table.downloads")!.TextContent;
        Assert.All(new[] { "TextQuoteSelector", "RFC 4180", "AnnotationCollection", "@misc" }, jargon => Assert.DoesNotContain(jargon, table, StringComparison.Ordinal));
        Assert.Equal(exports, listed.Order(StringComparer.Ordinal));
        var perPage = page.QuerySelector("#file-per-page-citations td[data-bytes]")!.GetAttribute("data-bytes");
        var citeBytes = site.Files.Where(f => f.Key.EndsWith("/cite.bib", StringComparison.Ordinal) || f.Key.EndsWith("/cite.json", StringComparison.Ordinal)).Sum(f => f.Value.Length);
        Assert.Equal(citeBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), perPage);
    }
}
