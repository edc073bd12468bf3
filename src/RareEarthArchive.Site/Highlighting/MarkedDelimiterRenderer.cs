using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace RareEarthArchive.Site.Highlighting;

/// <summary>
/// Writes an unmatched delimiter (the "[" of "[5][9]" with no link definition) with marks, then its
/// children; Markdig's renderer when no mark touches the delimiter's own literal.
/// </summary>
internal sealed class MarkedDelimiterRenderer(IMarkdownObjectRenderer inner, MarkWriter marks) : HtmlObjectRenderer<DelimiterInline>
{
    protected override void Write(HtmlRenderer renderer, DelimiterInline obj)
    {
        var indices = marks.Text.IndicesOf(obj);
        if (!renderer.EnableHtmlForInline || !renderer.EnableHtmlEscape || !marks.Touches(indices))
        {
            MarkedText.Delegate(inner, renderer, obj, indices, marks);
            return;
        }

        marks.Write(obj.ToLiteral().AsSpan(), indices);
        marks.AfterText(obj);
        renderer.WriteChildren(obj);
    }
}
