using System.Text.Json;
using System.Text.RegularExpressions;
using RareEarthArchive.Site.Exports;
using RareEarthArchive.Site.Metadata;
using RareEarthArchive.Tests.Exports;

namespace RareEarthArchive.Tests.Metadata;

public sealed partial class CitationTests
{
    /// <summary>The item types of CSL 1.0.2.</summary>
    private static readonly string[] CslTypes =
        ["article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter", "classic",
         "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic",
         "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
         "paper-conference", "patent", "performance", "periodical", "personal_communication", "post", "post-weblog", "regulation",
         "report", "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage"];

    [Theory]
    [InlineData("{a}", @"\{a\}")]
    [InlineData("100%", @"100\%")]
    [InlineData("R&D", @"R\&D")]
    [InlineData("#1", @"\#1")]
    [InlineData("a_b", @"a\_b")]
    [InlineData("$5", @"\$5")]
    [InlineData(@"a\b", @"a\textbackslash{}b")]
    [InlineData("~^", @"\textasciitilde{}\textasciicircum{}")]
    [InlineData("中文 “q”", "中文 “q”")]
    public void BibTex_escapes_tex_special_characters(string text, string expected) => Assert.Equal(expected, BibTex.Escape(text));

    [Fact]
    public void BibTex_entries_have_balanced_braces_and_no_unescaped_specials()
    {
        foreach (var site in new[] { ExportSites.Real, ExportSites.Hostile })
        {
            var files = site.Files.Keys.Where(p => p.EndsWith("/cite.bib", StringComparison.Ordinal)).ToList();
            Assert.Equal(site.Model.Sources.Length + site.Model.Claims.Length, files.Count);
            foreach (var path in files.Append(DataCatalog.CitationsBibPath))
            {
                foreach (var line in site.Text(path).Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)))
                {
                    var field = FieldLine().Match(line);
                    Assert.True(field.Success, $"{path}: {line}");
                    var name = field.Groups["name"].Value;
                    var value = field.Groups["value"].Value;
                    if (name is "url" or "month")
                    {
                        Assert.DoesNotMatch("[{}\\s]", name == "url" ? value[1..^1] : value);
                        continue;
                    }
                    var depth = 0;
                    for (var i = 0; i < value.Length; i++)
                    {
                        var escaped = i > 0 && value[i - 1] == '\\';
                        if (value[i] == '{' && !escaped)
                        {
                            depth++;
                        }
                        else if (value[i] == '}' && !escaped)
                        {
                            depth--;
                            Assert.True(depth >= 0, $"{path}: unbalanced {line}");
                        }
                        else if (value[i] is '%' or '&' or '#' or '_' or '$')
                        {
                            Assert.True(escaped, $"{path}: unescaped '{value[i]}' in {line}");
                        }
                    }
                    Assert.Equal(0, depth);
                }
            }
        }
        var bib = ExportSites.Hostile.Text("sources/hostile-source/cite.bib");
        Assert.Contains(@"title = {{Title \{x\} 100\% \& \#1 a\_b \$5 </script><script>alert(1)</script>}}", bib, StringComparison.Ordinal);
        Assert.Contains("  year = {2025},\n  month = jul,\n  date = {2025-07-03},", bib, StringComparison.Ordinal);
    }

    [Fact]
    public void Csl_json_items_have_csl_types_and_issued_date_parts_from_the_partial_date()
    {
        foreach (var site in new[] { ExportSites.Real, ExportSites.Hostile })
        {
            var all = JsonDocument.Parse(site.Bytes(DataCatalog.CitationsJsonPath)).RootElement.EnumerateArray().ToList();
            Assert.Equal(site.Model.Sources.Length + site.Model.Claims.Length, all.Count);
            foreach (var entry in site.Model.Sources)
            {
                var item = Assert.Single(JsonDocument.Parse(site.Bytes($"sources/{entry.Id}/cite.json")).RootElement.EnumerateArray());
                Assert.Equal(item.GetRawText(), Assert.Single(all, i => i.GetProperty("id").GetString() == $"rea-{entry.Id}").GetRawText());
                Assert.Contains(item.GetProperty("type").GetString(), CslTypes);
                Assert.Equal(entry.Source.Title, item.GetProperty("title").GetString());
                Assert.Equal(entry.Source.Publisher, item.GetProperty("publisher").GetString());
                if (entry.Source.Published is { } date)
                {
                    var parts = Assert.Single(item.GetProperty("issued").GetProperty("date-parts").EnumerateArray()).EnumerateArray().Select(p => p.GetInt32()).ToList();
                    Assert.Equal(new[] { (int?)date.Year, date.Month, date.Day }.OfType<int>(), parts);
                }
                else
                {
                    Assert.False(item.TryGetProperty("issued", out _));
                }
            }
            foreach (var item in all)
            {
                Assert.Contains(item.GetProperty("type").GetString(), CslTypes);
            }
        }
        var hostile = Assert.Single(JsonDocument.Parse(ExportSites.Hostile.Bytes("claims/hostile-claim/cite.json")).RootElement.EnumerateArray());
        Assert.Equal([2025, 7], Assert.Single(hostile.GetProperty("issued").GetProperty("date-parts").EnumerateArray()).EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal("@SUM(1+1)", Assert.Single(JsonDocument.Parse(ExportSites.Hostile.Bytes("sources/hostile-source/cite.json")).RootElement.EnumerateArray())
            .GetProperty("author")[0].GetProperty("literal").GetString());
    }

    [GeneratedRegex(@"^  (?<name>[a-z]+) = (?<value>.*?),?$")]
    private static partial Regex FieldLine();
}
