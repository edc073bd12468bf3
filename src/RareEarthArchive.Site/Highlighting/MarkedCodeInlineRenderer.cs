using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace RareEarthArchive.Site.Highlighting;

/// <summary>Writes <c>&lt;code&gt;</c> with the marks inside it, as Markdig's renderer would without them.</summary>
internal sealed class MarkedCodeInlineRenderer(IMarkdownObjectRenderer inner, MarkWriter marks) : HtmlObjectRenderer<CodeInline>
{
    protected override void Write(HtmlRenderer renderer, CodeInline obj)
    {
        var indices = marks.Text.IndicesOf(obj);
        marks.CloseAll();
        if (!renderer.EnableHtmlForInline || !renderer.EnableHtmlEscape || !marks.Touches(indices))
        {
            inner.Write(renderer, obj);
            return;
        }

        renderer.Write("<code");
        renderer.WriteAttributes(obj);
        renderer.Write('>');
        marks.Write(obj.ContentSpan, indices);
        marks.CloseAll();
        renderer.Write("</code>");
    }
}
