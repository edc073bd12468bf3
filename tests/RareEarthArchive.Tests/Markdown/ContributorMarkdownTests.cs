using AngleSharp.Html.Parser;
using RareEarthArchive.Core.Markdown;

namespace RareEarthArchive.Tests.Markdown;

public sealed class ContributorMarkdownTests
{
    /// <summary>Contributor input meant to run script or load something dangerous.</summary>
    public static TheoryData<string> Attacks => new()
    {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](< javascript:alert(1)>)",
        "[x](<java\tscript:alert(1)>)",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](java&#x0A;script:alert(1))",
        "[x](&#x01;javascript:alert(1))",
        "[x](&#0;javascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](javascript://%0Aalert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](file:///etc/passwd)",
        "[x](javascript:alert(1) \"title\")",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "[ref]\n\n[ref]: JAVASCRIPT:alert(1)",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](javascript:alert(1))",
        "![x\" onerror=\"alert(1)](https://example.com/a.png)",
        "[![img](data:x)](javascript:alert(1))",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,<script>alert(1)</script>>",
        "[x](https://example.com \"a\\\" onmouseover=\\\"alert(1)\")",
        "ftp://example.com/file",
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Nothing_a_contributor_writes_runs(string markdown)
    {
        AssertHarmless(ContributorMarkdown.ToHtml(markdown));
        AssertHarmless(ContributorMarkdown.ToInlineHtml(markdown));
        // ToPlainText is text, not HTML: whoever puts it in a page escapes it like any string.
    }

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n", ContributorMarkdown.ToHtml("<script>alert(1)</script>"));
        Assert.Equal("<p>&lt;img src=x onerror=alert(1)&gt;</p>\n", ContributorMarkdown.ToHtml("<img src=x onerror=alert(1)>"));
    }

    [Fact]
    public void An_unsafe_link_becomes_its_text()
    {
        Assert.Equal("<p>see <em>this</em> now</p>\n", ContributorMarkdown.ToHtml("see [*this*](javascript:alert(1)) now"));
        Assert.Equal("<p>a picture</p>\n", ContributorMarkdown.ToHtml("![a picture](data:image/png;base64,AAAA)"));
        Assert.Equal("<p>javascript:alert(1)</p>\n", ContributorMarkdown.ToHtml("<javascript:alert(1)>"));
    }

    [Theory]
    [InlineData("[a](https://example.com/x)", "<a href=\"https://example.com/x\">a</a>")]
    [InlineData("[a](http://example.com)", "<a href=\"http://example.com\">a</a>")]
    [InlineData("[a](mailto:editors@example.org)", "<a href=\"mailto:editors@example.org\">a</a>")]
    [InlineData("[a](/claims/x/)", "<a href=\"/claims/x/\">a</a>")]
    [InlineData("[a](#india-third)", "<a href=\"#india-third\">a</a>")]
    [InlineData("<https://example.com>", "<a href=\"https://example.com\">https://example.com</a>")]
    [InlineData("<editors@example.org>", "<a href=\"mailto:editors@example.org\">editors@example.org</a>")]
    [InlineData("see https://example.com/x", "see <a href=\"https://example.com/x\">https://example.com/x</a>")]
    public void Safe_links_stay_links(string markdown, string inlineHtml)
    {
        Assert.Equal(inlineHtml, ContributorMarkdown.ToInlineHtml(markdown));
        Assert.Equal($"<p>{inlineHtml}</p>\n", ContributorMarkdown.ToHtml(markdown));
    }

    [Theory]
    [InlineData("No source is given for the *ranking*.", "No source is given for the <em>ranking</em>.")]
    [InlineData("1. first", "1. first")]
    [InlineData("# 3", "# 3")]
    [InlineData("- a\n- b", "- a\n- b")]
    [InlineData("> quoted", "&gt; quoted")]
    [InlineData("    indented", "indented")]
    [InlineData("Title\n---", "Title\n---")]
    [InlineData("one\n\ntwo", "one two")]
    [InlineData("  padded  ", "padded")]
    [InlineData("", "")]
    public void Inline_html_has_no_blocks(string markdown, string expected)
    {
        Assert.Equal(expected, ContributorMarkdown.ToInlineHtml(markdown));
    }

    [Fact]
    public void Block_html_keeps_blocks()
    {
        Assert.Equal("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n", ContributorMarkdown.ToHtml("- a\n- b"));
    }

    private static void AssertHarmless(string html)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, new[] { "script", "iframe", "svg", "object", "embed", "style", "form" });
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} in {html}");
                if (attribute.Name is "href" or "src")
                {
                    Assert.True(UrlSafety.IsSafe(attribute.Value), $"unsafe {attribute.Name}=\"{attribute.Value}\" in {html}");
                    var scheme = attribute.Value.TrimStart().Split(':')[0];
                    Assert.DoesNotContain(scheme.ToUpperInvariant(), new[] { "JAVASCRIPT", "VBSCRIPT", "DATA", "FILE" });
                }
            }
        }
    }
}
