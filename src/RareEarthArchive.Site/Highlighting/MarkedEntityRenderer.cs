using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace RareEarthArchive.Site.Highlighting;

/// <summary>Writes an entity's decoded text (escaped again) with marks.</summary>
internal sealed class MarkedEntityRenderer(IMarkdownObjectRenderer inner, MarkWriter marks) : HtmlObjectRenderer<HtmlEntityInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlEntityInline obj)
    {
        var indices = marks.Text.IndicesOf(obj);
        if (!renderer.EnableHtmlForInline || !renderer.EnableHtmlEscape || !marks.Touches(indices))
        {
            MarkedText.Delegate(inner, renderer, obj, indices, marks);
            return;
        }

        marks.Write(obj.Transcoded.AsSpan(), indices);
        marks.AfterText(obj);
    }
}
