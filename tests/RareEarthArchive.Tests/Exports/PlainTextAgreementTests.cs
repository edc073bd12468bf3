using RareEarthArchive.Site.Exports;
using RareEarthArchive.Site.Search;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Exports;

/// <summary>
/// Search, the claims × sources export and the Web Annotation export all say a note in the same plain words (they
/// once disagreed: search kept an image's alt text, the exports dropped it).
/// </summary>
public sealed class PlainTextAgreementTests
{
    private static readonly string Coffee = Path.Combine(RepoPaths.TestsFolder, "Fixtures", "coffee-archive");

    [Fact]
    public void A_note_with_an_image_reads_the_same_in_search_and_every_export()
    {
        using var site = TempSite.CopyOf(Coffee);
        var path = "content/sources/roasters-weekly.md";
        var text = File.ReadAllText(Path.Combine(site.Path, path));
        const string Quote = "    quote: \"Arabica futures closed at an all-time high\"\n    stance: agrees\n";
        Assert.Contains(Quote, text, StringComparison.Ordinal);
        site.Write(path, text.Replace(Quote, Quote + "    note: \"![Arabica price chart](https://example.com/chart.png) after a *record* close\"\n", StringComparison.Ordinal));

        var built = BuiltSite.Build(site.Path);
        const string Plain = "Arabica price chart after a record close";
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SearchIndexOutputs.DocumentsPath] = built.Text(SearchIndexOutputs.DocumentsPath),
            [ClaimSourceExport.CsvPath] = built.Text(ClaimSourceExport.CsvPath),
            [ClaimSourceExport.JsonPath] = built.Text(ClaimSourceExport.JsonPath),
            [WebAnnotationExport.PagePath(1)] = built.Text(WebAnnotationExport.PagePath(1)),
        };
        Assert.All(outputs, o =>
        {
            Assert.True(o.Value.Contains(Plain, StringComparison.Ordinal), $"{o.Key} says the note as \"{Plain}\"");
            Assert.False(o.Value.Contains("chart.png", StringComparison.Ordinal), $"{o.Key} has no image address");
        });
    }
}
