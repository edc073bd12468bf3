using System.Text;
using System.Text.Json;
using RareEarthArchive.Site.Exports;

namespace RareEarthArchive.Tests.Exports;

public sealed class WebAnnotationExportTests
{
    private static JsonElement Collection(BuiltArchive site) => JsonDocument.Parse(site.Bytes(WebAnnotationExport.SitePath)).RootElement;

    /// <summary>Every annotation of the built site, read page by page from the collection's first through next.</summary>
    private static List<JsonElement> Items(BuiltArchive site) =>
        ReadPages(Collection(site), url => site.Bytes(url[site.SiteUrl.Length..])).SelectMany(p => p.GetProperty("items").EnumerateArray()).ToList();

    /// <summary>Follows first → next to the last page, checking each page's links and start index on the way.</summary>
    private static List<JsonElement> ReadPages(JsonElement collection, Func<string, byte[]> fetch)
    {
        var pages = new List<JsonElement>();
        var seen = 0;
        string? previous = null;
        for (var url = collection.GetProperty("first").GetString(); url is not null;)
        {
            var page = JsonDocument.Parse(fetch(url)).RootElement;
            Assert.Equal(WebAnnotationExport.Context, page.GetProperty("@context").GetString());
            Assert.Equal("AnnotationPage", page.GetProperty("type").GetString());
            Assert.Equal(url, page.GetProperty("id").GetString());
            Assert.Equal(collection.GetProperty("id").GetString(), page.GetProperty("partOf").GetString());
            Assert.Equal(seen, page.GetProperty("startIndex").GetInt32());
            Assert.Equal(previous, page.TryGetProperty("prev", out var prev) ? prev.GetString() : null);
            seen += page.GetProperty("items").GetArrayLength();
            pages.Add(page);
            previous = url;
            url = page.TryGetProperty("next", out var next) ? next.GetString() : null;
            Assert.True(pages.Count <= 10_000, "the pages end");
        }
        Assert.Equal(collection.GetProperty("last").GetString(), previous);
        Assert.Equal(collection.GetProperty("total").GetInt32(), seen);
        return pages;
    }

    [Fact]
    public void Pages_read_back_from_first_to_last_hold_every_annotation_once_and_at_most_a_page_size_each()
    {
        var site = ExportSites.Real;
        var urls = new RareEarthArchive.Site.Routing.SiteUrls(site.Model.Config.BaseUrl);
        var whole = Items(site).Select(i => i.GetRawText()).ToList();
        foreach (var size in new[] { 1, 7, 50, whole.Count - 1, whole.Count, WebAnnotationExport.PageSize })
        {
            var files = WebAnnotationExport.Build(site.Model, urls, size).ToDictionary(f => site.SiteUrl + f.Path, f => f.Content, StringComparer.Ordinal);
            var pages = ReadPages(JsonDocument.Parse(files[site.SiteUrl + WebAnnotationExport.SitePath]).RootElement, url => files[url]);
            Assert.Equal(files.Count - 1, pages.Count);
            Assert.Equal((whole.Count + size - 1) / size, pages.Count);
            Assert.All(pages, p => Assert.InRange(p.GetProperty("items").GetArrayLength(), 1, size));
            var items = pages.SelectMany(p => p.GetProperty("items").EnumerateArray()).ToList();
            Assert.Equal(items.Count, items.Select(i => i.GetProperty("id").GetString()).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(whole, items.Select(i => i.GetRawText()));
        }
    }

    [Fact]
    public void Collection_has_the_anno_context_and_one_annotation_per_claim_annotation_and_signal()
    {
        var site = ExportSites.Real;
        var root = Collection(site);
        Assert.Equal("http://www.w3.org/ns/anno.jsonld", root.GetProperty("@context").GetString());
        Assert.Equal("AnnotationCollection", root.GetProperty("type").GetString());
        var items = Items(site);
        var expected = site.Model.Sources.Sum(s => s.Annotations.Length + s.Signals.Length);
        Assert.True(expected > 100, "the real archive has over a hundred annotations");
        Assert.Equal(expected, items.Count);
        Assert.Equal(expected, root.GetProperty("total").GetInt32());
        Assert.All(items, item => Assert.Equal("Annotation", item.GetProperty("type").GetString()));
        var ids = items.Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(site.SiteUrl) + "sources/[a-z0-9-]+/#[a-z0-9-]+$", id));
    }

    [Fact]
    public void Motivations_and_bodies_follow_the_documented_mapping()
    {
        var site = ExportSites.Real;
        var items = Items(site);
        var claimAnnotations = items.Where(i => i.GetProperty("motivation").GetString() == "linking").ToList();
        var signals = items.Where(i => i.GetProperty("motivation").GetString() == "assessing").ToList();
        Assert.Equal(site.Model.Sources.Sum(s => s.Annotations.Length), claimAnnotations.Count);
        Assert.Equal(site.Model.Sources.Sum(s => s.Signals.Length), signals.Count);
        var stances = site.Model.Config.Vocabularies.Stances;
        foreach (var item in claimAnnotations)
        {
            var bodies = item.GetProperty("body").EnumerateArray().ToList();
            var claim = Assert.Single(bodies, b => b.GetProperty("purpose").GetString() == "identifying");
            Assert.Equal("SpecificResource", claim.GetProperty("type").GetString());
            Assert.StartsWith(site.SiteUrl + "claims/", claim.GetProperty("source").GetString());
            var stance = Assert.Single(bodies, b => b.GetProperty("purpose").GetString() == "classifying");
            Assert.Equal("TextualBody", stance.GetProperty("type").GetString());
            Assert.Contains(stance.GetProperty("value").GetString(), stances);
        }
        var kinds = site.Model.Config.Vocabularies.SignalKinds;
        Assert.All(signals, item => Assert.Contains(
            Assert.Single(item.GetProperty("body").EnumerateArray(), b => b.GetProperty("purpose").GetString() == "classifying").GetProperty("value").GetString(), kinds));
        Assert.Contains(items, i => i.GetProperty("body").EnumerateArray().Any(b => b.GetProperty("purpose").GetString() == "commenting"));
    }

    [Fact]
    public void Every_position_selector_selects_the_quote_selector_exact_in_code_points_over_the_reader_text()
    {
        foreach (var site in new[] { ExportSites.Real, ExportSites.Hostile })
        {
            var texts = site.Model.Sources.ToDictionary(s => site.SiteUrl + "sources/" + s.Id + "/", s => s.Validated.Document.Text.Text);
            var items = Items(site);
            var sawCjk = false;
            foreach (var item in items)
            {
                var target = item.GetProperty("target");
                var codePoints = texts[target.GetProperty("source").GetString()!].EnumerateRunes().ToArray();
                var selectors = target.GetProperty("selector").EnumerateArray().ToList();
                var quote = Assert.Single(selectors, s => s.GetProperty("type").GetString() == "TextQuoteSelector");
                var position = Assert.Single(selectors, s => s.GetProperty("type").GetString() == "TextPositionSelector");
                int start = position.GetProperty("start").GetInt32(), end = position.GetProperty("end").GetInt32();
                Assert.InRange(start, 0, end - 1);
                Assert.InRange(end, start + 1, codePoints.Length);
                var exact = quote.GetProperty("exact").GetString()!;
                Assert.Equal(exact, Join(codePoints[start..end]));
                Assert.EndsWith(quote.GetProperty("prefix").GetString()!, Join(codePoints[..start]), StringComparison.Ordinal);
                Assert.StartsWith(quote.GetProperty("suffix").GetString()!, Join(codePoints[end..]), StringComparison.Ordinal);
                sawCjk |= exact.Any(c => c is >= '\u4e00' and <= '\u9fff');
            }
            Assert.True(sawCjk, "the test covers at least one quote in Chinese");
        }
    }

    [Fact]
    public void Positions_count_a_surrogate_pair_as_one_code_point()
    {
        var site = ExportSites.Hostile;
        var text = site.Model.Sources.Single().Validated.Document.Text.Text;
        Assert.StartsWith("𠮷", text, StringComparison.Ordinal);
        var item = Items(site)
            .Single(i => i.GetProperty("id").GetString()!.EndsWith("#drop", StringComparison.Ordinal));
        var position = item.GetProperty("target").GetProperty("selector").EnumerateArray().Single(s => s.GetProperty("type").GetString() == "TextPositionSelector");
        var utf16 = text.IndexOf("下降了三个百分点", StringComparison.Ordinal);
        Assert.Equal(utf16 - 1, position.GetProperty("start").GetInt32());
        Assert.Equal(utf16 - 1 + 8, position.GetProperty("end").GetInt32());
    }

    [Fact]
    public void The_file_is_utf8_without_bom_with_lf_line_ends_and_the_same_bytes_on_every_build()
    {
        foreach (var path in new[] { WebAnnotationExport.SitePath, WebAnnotationExport.PagePath(1) })
        {
            var bytes = ExportSites.Real.Bytes(path);
            Assert.False(bytes.AsSpan().StartsWith(CsvWriter.Utf8Bom), "no BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        }
        var again = BuiltArchive.Build(ExportSites.RepoRoot);
        foreach (var path in ExportSites.Real.Files.Keys.Where(p => p.StartsWith("data/", StringComparison.Ordinal) || p.StartsWith("schemas/", StringComparison.Ordinal)))
        {
            Assert.True(ExportSites.Real.Bytes(path).AsSpan().SequenceEqual(again.Bytes(path)), $"{path} differs between two builds");
        }
    }

    private static string Join(IEnumerable<Rune> runes) => string.Concat(runes.Select(r => r.ToString()));
}
