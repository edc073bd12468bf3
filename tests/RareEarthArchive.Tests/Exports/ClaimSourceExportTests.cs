using System.Text;
using System.Text.Json;
using RareEarthArchive.Site.Exports;

namespace RareEarthArchive.Tests.Exports;

public sealed class ClaimSourceExportTests
{
    private static readonly string[] Header =
        ["claim_id", "claim_statement", "source_id", "source_title", "publisher", "published", "kind", "perspective",
         "stance", "value", "value_qualifier", "value_max", "unit", "as_of", "attributed_to", "quote", "note", "passage_url",
         "retrieved", "source_sha256", "original_passage_url"];

    private static readonly int Publisher = Array.IndexOf(Header, "publisher");
    private static readonly int Value = Array.IndexOf(Header, "value");
    private static readonly int Unit = Array.IndexOf(Header, "unit");
    private static readonly int Quote = Array.IndexOf(Header, "quote");
    private static readonly int Note = Array.IndexOf(Header, "note");

    private static List<List<string>> ReadCsv(BuiltArchive site)
    {
        var bytes = site.Bytes(ClaimSourceExport.CsvPath);
        Assert.True(bytes.AsSpan().StartsWith(CsvWriter.Utf8Bom), "the CSV starts with a UTF-8 BOM (for Excel)");
        return Rfc4180Reader.Read(new UTF8Encoding(false, true).GetString(bytes[3..]));
    }

    [Fact]
    public void Csv_reads_back_with_a_header_and_one_row_per_appearance_equal_to_the_json_twin()
    {
        foreach (var site in new[] { ExportSites.Real, ExportSites.Hostile })
        {
            var records = ReadCsv(site);
            Assert.Equal(Header, records[0]);
            var rows = records.Skip(1).ToList();
            Assert.Equal(site.Model.Claims.Sum(c => c.Appearances.Length), rows.Count);
            Assert.All(rows, r => Assert.Equal(Header.Length, r.Count));

            var json = JsonDocument.Parse(site.Bytes(ClaimSourceExport.JsonPath)).RootElement.EnumerateArray().ToList();
            Assert.Equal(rows.Count, json.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                Assert.Equal(Header, json[i].EnumerateObject().Select(p => p.Name));
                for (var c = 0; c < Header.Length; c++)
                {
                    var value = json[i].GetProperty(Header[c]);
                    var expected = value.ValueKind switch
                    {
                        JsonValueKind.Null => "",
                        JsonValueKind.Number => value.GetRawText(),
                        _ => CsvWriter.Neutralise(value.GetString()!),
                    };
                    Assert.Equal(expected, rows[i][c]);
                }
            }

            // And the rows are the model's: each passage once, with its quote as the reader text has it.
            var model = site.Model.Claims.SelectMany(c => c.Appearances.Select(a => (c.Id, a.SourceId, a.Quote))).ToList();
            Assert.Equal(model.Select(m => (m.Id, m.SourceId, CsvWriter.Neutralise(m.Quote))), rows.Select(r => (r[0], r[2], r[Quote])));
        }
    }

    [Fact]
    public void Each_row_carries_the_dates_of_its_passage_the_timeline_date_among_them()
    {
        // published is the date a claim page's timeline places the passage at; as_of and retrieved are the other two dates.
        var site = ExportSites.Real;
        var rows = ReadCsv(site).Skip(1).ToList();
        var sources = site.Model.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var appearances = site.Model.Claims.SelectMany(c => c.Appearances).ToList();
        Assert.Equal(appearances.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var source = sources[rows[i][2]].Source;
            Assert.Equal(source.Published?.ToString() ?? "", rows[i][Array.IndexOf(Header, "published")]);
            Assert.Equal(appearances[i].Annotation.Annotation.AsOf?.ToString() ?? "", rows[i][Array.IndexOf(Header, "as_of")]);
            Assert.Equal(source.Archive?.Retrieved?.ToString() ?? "", rows[i][Array.IndexOf(Header, "retrieved")]);
        }
        Assert.Contains(rows, r => r[Array.IndexOf(Header, "published")] == "2025-07-04");
        Assert.Contains(rows, r => r[Array.IndexOf(Header, "published")] == "2025-07-05");
    }

    [Fact]
    public void Formula_like_text_cells_are_neutralised_and_numbers_are_not()
    {
        var rows = ReadCsv(ExportSites.Hostile).Skip(1).ToList();
        Assert.All(rows.Where(r => r[2] == "hostile-source"), r => Assert.Equal("'=cmd|' /C calc'!A0", r[Publisher]));
        Assert.Contains(rows, r => r[Quote] == "'=HYPERLINK(\"evil\",\"x\")");
        Assert.Contains(rows, r => r[Quote] == "'-2+3 is five");
        Assert.Contains(rows, r => r[Note] == "'+1 more");
        Assert.Contains(rows, r => r[Note] == "'@SUM(A1:A2)");
        Assert.Contains(rows, r => r[Note] == "'=1+1, with a comma and a \"quote\" and a second line");
        var negative = Assert.Single(rows, r => r[Value].Length > 0);
        Assert.Equal("-3", negative[Value]);
        Assert.Equal("%", negative[Unit]);
        // No text cell of either archive starts with a character a spreadsheet evaluates.
        foreach (var site in new[] { ExportSites.Real, ExportSites.Hostile })
        {
            foreach (var row in ReadCsv(site).Skip(1))
            {
                for (var c = 0; c < row.Count; c++)
                {
                    if (c != Value && row[c].Length > 0)
                    {
                        Assert.DoesNotContain(row[c][0], "=+-@\t\r");
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("plain 中文 “quoted”", "plain 中文 “quoted”")]
    [InlineData("", "")]
    public void Field_neutralises_then_quotes_per_rfc4180(string value, string expected) => Assert.Equal(expected, CsvWriter.Field(value));

    [Fact]
    public void A_number_field_keeps_its_sign() => Assert.Equal("-3", CsvWriter.Field("-3", isNumber: true));
}
