using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using RareEarthArchive.Site.Exports;
using RareEarthArchive.Tests.Exports;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Docs;

/// <summary>The licence facts are spelled once (<see cref="Licences"/>); the README, the downloads page and the exports say them.</summary>
public sealed class LicenceTests
{
    [Fact]
    public void The_code_is_mit_at_the_root()
    {
        var licence = File.ReadAllText(Path.Combine(RepoPaths.Root, "LICENSE"));
        Assert.StartsWith("MIT License\n", licence, StringComparison.Ordinal);
        Assert.Contains("Permission is hereby granted, free of charge", licence, StringComparison.Ordinal);
        Assert.Equal("MIT", Licences.CodeSpdx);
    }

    [Fact]
    public void The_readme_states_both_halves_of_the_content_licence_word_for_word()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.Contains("- " + Licences.Quotes + "\n", readme, StringComparison.Ordinal);
        Assert.Contains("- " + Licences.Annotations + "\n", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_downloads_page_and_the_exports_carry_the_licence()
    {
        var site = ExportSites.Real;
        var page = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(site.Bytes("downloads/index.html")));
        var link = Assert.Single(page.QuerySelectorAll("main a[rel=license]"));
        Assert.Equal(Licences.AnnotationsUrl, link.GetAttribute("href"));
        Assert.Equal(Licences.AnnotationsName, link.TextContent);
        Assert.Contains(Licences.Quotes, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var annotations = JsonNode.Parse(site.Bytes(WebAnnotationExport.SitePath))!;
        Assert.Equal(Licences.AnnotationsUrl, (string?)annotations["rights"]);
        var bib = System.Text.Encoding.UTF8.GetString(site.Bytes(DataCatalog.CitationsBibPath));
        Assert.Contains("% " + Licences.Annotations + "\n", bib, StringComparison.Ordinal);
    }
}
