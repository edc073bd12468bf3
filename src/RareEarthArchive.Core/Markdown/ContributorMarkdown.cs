using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using RareEarthArchive.Core.Anchoring;

namespace RareEarthArchive.Core.Markdown;

/// <summary>
/// Renders what contributors write (notes, summaries, commentary) with
/// <see cref="MarkdownPipelines.Contributor"/>: raw HTML shows as text and unsafe URLs are
/// dropped, so nothing a contributor writes runs as markup or script.
/// </summary>
public static class ContributorMarkdown
{
    /// <summary>Block HTML: paragraphs, lists, tables.</summary>
    public static string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Markdig.Markdown.ToHtml(markdown, MarkdownPipelines.Contributor);
    }

    /// <summary>
    /// Inline HTML for a one-liner (a note in a table cell, a summary in a sentence): no
    /// wrapping <c>&lt;p&gt;</c> and no block constructs, so "1. first" or "# 3" stays text.
    /// Several paragraphs are joined with a space.
    /// </summary>
    public static string ToInlineHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var pipeline = MarkdownPipelines.ContributorInline;
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        var first = true;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null)
            {
                continue;
            }

            if (!first)
            {
                renderer.Write(' ');
            }

            renderer.WriteLeafInline(block);
            first = false;
        }

        renderer.Writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>
    /// Plain text for meta descriptions and search: the <see cref="ReaderText"/> of the
    /// rendered Markdown (no syntax, white space folded), not HTML-escaped.
    /// </summary>
    public static string ToPlainText(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return ReaderText.Build(Markdig.Markdown.Parse(markdown, MarkdownPipelines.Contributor), markdown).Text;
    }
}
