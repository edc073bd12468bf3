using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using RareEarthArchive.Tests.Exports;

namespace RareEarthArchive.Tests.Metadata;

/// <summary>Built pages parsed with AngleSharp, and their JSON-LD.</summary>
internal static class MetadataPages
{
    public static IDocument Page(BuiltArchive site, string path) => new HtmlParser().ParseDocument(site.Text(path));

    public static JsonElement SingleJsonLd(IDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Equal("head", script.ParentElement!.LocalName);
        return JsonDocument.Parse(script.TextContent).RootElement;
    }

    public static string? Meta(IDocument page, string attribute, string key) =>
        page.Head!.QuerySelectorAll($"meta[{attribute}='{key}']").SingleOrDefault()?.GetAttribute("content");
}
