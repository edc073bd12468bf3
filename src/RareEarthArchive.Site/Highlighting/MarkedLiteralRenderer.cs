using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace RareEarthArchive.Site.Highlighting;

/// <summary>Writes a literal's text with marks; Markdig's renderer when no mark touches it.</summary>
internal sealed class MarkedLiteralRenderer(IMarkdownObjectRenderer inner, MarkWriter marks) : HtmlObjectRenderer<LiteralInline>
{
    protected override void Write(HtmlRenderer renderer, LiteralInline obj)
    {
        var indices = marks.Text.IndicesOf(obj);
        if (!renderer.EnableHtmlForInline || !renderer.EnableHtmlEscape || !marks.Touches(indices))
        {
            MarkedText.Delegate(inner, renderer, obj, indices, marks);
            return;
        }

        marks.Write(obj.Content.AsSpan(), indices);
        marks.AfterText(obj);
    }
}
