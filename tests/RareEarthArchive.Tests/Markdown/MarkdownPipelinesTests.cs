using Markdig;
using Markdig.Syntax;
using RareEarthArchive.Core.Markdown;

namespace RareEarthArchive.Tests.Markdown;

public sealed class MarkdownPipelinesTests
{
    [Fact]
    public void Pipelines_are_built_once()
    {
        Assert.Same(MarkdownPipelines.Archive, MarkdownPipelines.Archive);
        Assert.Same(MarkdownPipelines.Contributor, MarkdownPipelines.Contributor);
        Assert.Same(MarkdownPipelines.ContributorInline, MarkdownPipelines.ContributorInline);
    }

    [Fact]
    public void Archive_shows_raw_html_as_text()
    {
        var html = Markdig.Markdown.ToHtml("Before <script>alert(1)</script> after\n\n<div onclick=\"x()\">block</div>\n", MarkdownPipelines.Archive);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<div", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_has_pipe_tables_and_no_heading_ids()
    {
        var html = Markdig.Markdown.ToHtml("# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", MarkdownPipelines.Archive);
        Assert.Contains("<h3>Title</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# One", "<h3>One</h3>")]
    [InlineData("# One\n\n## Two", "<h3>One</h3>\n<h3>Two</h3>")]
    [InlineData("Text\n\n# One\n\n## Two", "<p>Text</p>\n<h3>One</h3>\n<h4>Two</h4>")]
    [InlineData("## Two", "<h3>Two</h3>")]
    [InlineData("## Two\n\n### Three", "<h3>Two</h3>\n<h3>Three</h3>")]
    [InlineData("## Two\n\n### Three\n\n#### Four", "<h3>Two</h3>\n<h3>Three</h3>\n<h4>Four</h4>")]
    [InlineData("##### Five", "<h3>Five</h3>")]
    [InlineData("# One\n\n## Two\n\n###### Six", "<h3>One</h3>\n<h3>Two</h3>\n<h6>Six</h6>")]
    [InlineData("Setext\n===", "<h3>Setext</h3>")]
    public void Headings_of_archived_text_and_commentary_sit_under_the_page_outline(string markdown, string expected)
    {
        Assert.Equal(expected + "\n", Markdig.Markdown.ToHtml(markdown, MarkdownPipelines.Archive));
        Assert.Equal(expected + "\n", ContributorMarkdown.ToHtml(markdown));
    }

    [Fact]
    public void Archive_keeps_precise_source_locations()
    {
        var body = "First line\n\nSecond *para*";
        var document = Markdig.Markdown.Parse(body, MarkdownPipelines.Archive);
        var literal = document.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Last();
        Assert.Equal("para", literal.Content.ToString());
        Assert.Equal(body.IndexOf("para", StringComparison.Ordinal), literal.Span.Start);
        Assert.Equal(2, literal.Line);
    }

    [Fact]
    public void Archive_neutralises_unsafe_links_too()
    {
        var html = Markdig.Markdown.ToHtml("[click](javascript:alert(1)) and [ok](https://example.com)", MarkdownPipelines.Archive);
        Assert.Equal("<p>click and <a href=\"https://example.com\">ok</a></p>\n", html);
    }

    [Fact]
    public void Pipelines_are_safe_to_share_between_threads()
    {
        var inputs = Enumerable.Range(0, 200).Select(i => $"Para *{i}* [x](javascript:{i}) `c{i}`\n\n- item {i}\n").ToArray();
        var expected = inputs.Select(i => Markdig.Markdown.ToHtml(i, MarkdownPipelines.Contributor)).ToArray();
        var actual = new string[inputs.Length];
        Parallel.For(0, inputs.Length, i => actual[i] = Markdig.Markdown.ToHtml(inputs[i], MarkdownPipelines.Contributor));
        Assert.Equal(expected, actual);
    }
}
