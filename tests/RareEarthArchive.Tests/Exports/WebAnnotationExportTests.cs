using System.Text;
using System.Text.Json;
using RareEarthArchive.Site.Exports;

namespace RareEarthArchive.Tests.Exports;

public sealed class WebAnnotationExportTests
{
    private static JsonElement Collection(BuiltArchive site) => JsonDocument.Parse(site.Bytes(WebAnnotationExport.SitePath)).RootElement;

    [Fact]
    public void Collection_has_the_anno_context_and_one_annotation_per_claim_annotation_and_signal()
    {
        var site = ExportSites.Real;
        var root = Collection(site);
        Assert.Equal("http://www.w3.org/ns/anno.jsonld", root.GetProperty("@context").GetString());
        Assert.Equal("AnnotationCollection", root.GetProperty("type").GetString());
        var page = root.GetProperty("first");
        Assert.Equal("AnnotationPage", page.GetProperty("type").GetString());
        var items = page.GetProperty("items").EnumerateArray().ToList();
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
        var items = Collection(site).GetProperty("first").GetProperty("items").EnumerateArray().ToList();
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
            var items = Collection(site).GetProperty("first").GetProperty("items").EnumerateArray().ToList();
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
        var item = Collection(site).GetProperty("first").GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString()!.EndsWith("#drop", StringComparison.Ordinal));
        var position = item.GetProperty("target").GetProperty("selector").EnumerateArray().Single(s => s.GetProperty("type").GetString() == "TextPositionSelector");
        var utf16 = text.IndexOf("下降了三个百分点", StringComparison.Ordinal);
        Assert.Equal(utf16 - 1, position.GetProperty("start").GetInt32());
        Assert.Equal(utf16 - 1 + 8, position.GetProperty("end").GetInt32());
    }

    [Fact]
    public void The_file_is_utf8_without_bom_with_lf_line_ends_and_the_same_bytes_on_every_build()
    {
        var bytes = ExportSites.Real.Bytes(WebAnnotationExport.SitePath);
        Assert.False(bytes.AsSpan().StartsWith(CsvWriter.Utf8Bom), "no BOM");
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
        var again = BuiltArchive.Build(ExportSites.RepoRoot);
        foreach (var path in ExportSites.Real.Files.Keys.Where(p => p.StartsWith("data/", StringComparison.Ordinal) || p.StartsWith("schemas/", StringComparison.Ordinal)))
        {
            Assert.True(ExportSites.Real.Bytes(path).AsSpan().SequenceEqual(again.Bytes(path)), $"{path} differs between two builds");
        }
    }

    private static string Join(IEnumerable<Rune> runes) => string.Concat(runes.Select(r => r.ToString()));
}
