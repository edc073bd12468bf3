using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;
using RareEarthArchive.Core.Markdown;

namespace RareEarthArchive.Site.Search;

/// <summary>
/// Contributor Markdown as the words a reader sees, for search (indexed text and snippets): no emphasis marks, link
/// targets or bullets, and a separator wherever the page shows a boundary, so a snippet never runs two table cells
/// or two paragraphs into one phrase: cells are joined by " · ", rows by " / ", blocks by a space.
/// </summary>
internal static class SearchPlainText
{
    public const string CellSeparator = " · ";
    public const string RowSeparator = " / ";

    public static string FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var pipeline = MarkdownPipelines.Contributor;
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        pipeline.Setup(renderer);
        var parts = new List<string>();
        foreach (var block in document)
        {
            parts.Add(BlockText(block, renderer, writer));
        }

        return string.Join(' ', parts.Where(p => p.Length > 0));
    }

    private static string BlockText(Block block, HtmlRenderer renderer, StringWriter writer)
    {
        switch (block)
        {
            case Table table:
                return string.Join(RowSeparator, table.OfType<TableRow>().Select(row =>
                    string.Join(CellSeparator, row.OfType<TableCell>().Select(cell => string.Join(' ', cell.Select(b => BlockText(b, renderer, writer)))))));
            case LeafBlock { Inline: { } } leaf:
                writer.GetStringBuilder().Clear();
                renderer.WriteLeafInline(leaf);
                renderer.Writer.Flush();
                return Collapse(writer.ToString());
            case LeafBlock leaf:
                return Collapse(leaf.Lines.ToString());
            case ContainerBlock container:
                return string.Join(' ', container.Select(b => BlockText(b, renderer, writer)).Where(p => p.Length > 0));
            default:
                return "";
        }
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(ch);
            }
        }

        return sb.ToString().Trim();
    }
}
