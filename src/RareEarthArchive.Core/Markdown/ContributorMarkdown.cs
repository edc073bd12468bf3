using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

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

    /// <summary>Between the cells of a table row in <see cref="ToPlainText"/>.</summary>
    private const string CellSeparator = " · ";

    /// <summary>Between the rows of a table in <see cref="ToPlainText"/>.</summary>
    private const string RowSeparator = " / ";

    /// <summary>
    /// Contributor Markdown as the words a reader sees, for every place that needs text rather than HTML: search
    /// (indexed text and snippets), the data exports (CSV, JSON, Web Annotation bodies) and page metadata. No
    /// emphasis marks, link targets or bullets; an image is its alt text (the accessible text, what a reader who
    /// cannot see the picture gets); and a separator wherever the page shows a boundary, so two table cells or two
    /// paragraphs never run into one phrase: cells are joined by <see cref="CellSeparator"/>, rows by
    /// <see cref="RowSeparator"/>, blocks by a space. White space is folded, the result trimmed and not
    /// HTML-escaped (whoever writes it into HTML escapes it like any string).
    /// </summary>
    public static string ToPlainText(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var pipeline = MarkdownPipelines.Contributor;
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        pipeline.Setup(renderer);
        return BlockText(document, renderer, writer);
    }

    private static string BlockText(Block block, HtmlRenderer renderer, StringWriter writer)
    {
        switch (block)
        {
            case Table table:
                return string.Join(RowSeparator, table.OfType<TableRow>().Select(row =>
                    string.Join(CellSeparator, row.OfType<TableCell>().Select(cell => BlockText(cell, renderer, writer)))));
            case LeafBlock { Inline: { } } leaf:
                writer.GetStringBuilder().Clear();
                renderer.WriteLeafInline(leaf);
                renderer.Writer.Flush();
                return Fold(writer.ToString());
            case LeafBlock leaf:
                return Fold(leaf.Lines.ToString());
            case ContainerBlock container:
                return string.Join(' ', container.Select(b => BlockText(b, renderer, writer)).Where(p => p.Length > 0));
            default:
                return "";
        }
    }

    /// <summary>Every run of white space as one space, trimmed.</summary>
    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch))
            {
                sb.Append(ch);
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().TrimEnd();
    }
}
