using AngleSharp.Dom;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Security;

/// <summary>Contributor text is shown, never run: no markup, script or unsafe link survives into any page.</summary>
public sealed class UntrustedTextTests
{
    private const string Attack = "<script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3)) <a href=\"javascript:alert(4)\">x</a> ![i](data:text/html;base64,PHNjcmlwdD4=) </script>\"'";

    [Fact]
    public void Contributor_text_cannot_inject_markup_script_or_unsafe_links()
    {
        using var site = TempSite.Empty();
        File.Copy(Path.Combine(RepoPaths.Root, "site.config.yml"), Path.Combine(site.Path, "site.config.yml"));
        var yaml = Yaml(Attack);
        site.Write("content/sources/evil.md", $"""
            ---
            id: evil
            title: {yaml}
            original_title: {yaml}
            language: en
            publisher: {yaml}
            author: {yaml}
            kind: news
            tags: [evil]
            archive:
              notes: {yaml}
            bias:
              perspective: neutral
              commercial_interest: {yaml}
              summary: {yaml}
              signals:
                - quote: "Body with safe words"
                  kind: framing
                  note: {yaml}
            claims:
              - claim: evil-claim
                quote: "more safe words"
                stance: supports
                note: {yaml}
            ---
            Body with safe words and more safe words. <script>alert(5)</script> [link](javascript:alert(6)) <img src=x onerror=alert(7)>
            """);
        site.Write("content/claims/evil-claim.md", $"""
            ---
            id: evil-claim
            statement: {yaml}
            topic: evil
            review:
              rating: {yaml}
              author: {yaml}
              date: 2025-01-01
              rationale: {yaml}
            ---
            {Attack}
            """);

        var built = BuiltSite.Build(site.Path);

        foreach (var path in built.HtmlPaths)
        {
            var page = built.Page(path);
            foreach (var script in page.QuerySelectorAll("script"))
            {
                // Only the theme's own script files, and JSON data blocks whose text parses as JSON.
                var src = script.GetAttribute("src");
                if (src is null)
                {
                    Assert.Equal("application/ld+json", script.GetAttribute("type"));
                    using var _ = System.Text.Json.JsonDocument.Parse(script.TextContent);
                }
                else
                {
                    Assert.StartsWith("/RareEarthArchive/", src, StringComparison.Ordinal);
                }
            }
            foreach (var element in page.All)
            {
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
                foreach (var attribute in new[] { "href", "src", "action", "formaction" }.Select(element.GetAttribute).OfType<string>())
                {
                    var scheme = attribute.Trim().ToLowerInvariant();
                    Assert.False(scheme.StartsWith("javascript:", StringComparison.Ordinal) || scheme.StartsWith("data:", StringComparison.Ordinal) || scheme.StartsWith("vbscript:", StringComparison.Ordinal), $"{path}: {attribute}");
                }
            }
            Assert.Empty(page.QuerySelectorAll("img[src=x], iframe, object, embed"));
        }
        // The text is shown, not dropped: readers see what the contributor wrote.
        var claim = built.Page("claims/evil-claim/index.html");
        Assert.Contains("<script>alert(1)</script>", claim.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
