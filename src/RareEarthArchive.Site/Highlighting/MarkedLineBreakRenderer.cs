using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace RareEarthArchive.Site.Highlighting;

/// <summary>
/// A line break reads as a space, so a mark covering that space stays open across it (and a
/// hard break's <c>&lt;br /&gt;</c> sits inside the mark); Markdig writes the break itself.
/// </summary>
internal sealed class MarkedLineBreakRenderer(IMarkdownObjectRenderer inner, MarkWriter marks) : HtmlObjectRenderer<LineBreakInline>
{
    protected override void Write(HtmlRenderer renderer, LineBreakInline obj)
    {
        var indices = marks.Text.IndicesOf(obj);
        if (!renderer.EnableHtmlForInline || !marks.Touches(indices))
        {
            MarkedText.Delegate(inner, renderer, obj, indices, marks);
            return;
        }

        marks.MoveTo(indices[0]);
        inner.Write(renderer, obj);
        marks.AfterText(obj);
    }
}
