using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;
using RareEarthArchive.Core.Markdown;

namespace RareEarthArchive.Site.Highlighting;

/// <summary>Writes an autolink with the marks inside the <c>&lt;a&gt;</c>, as Markdig's renderer would without them.</summary>
internal sealed class MarkedAutolinkRenderer(AutolinkInlineRenderer inner, MarkWriter marks) : HtmlObjectRenderer<AutolinkInline>
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline obj)
    {
        var indices = marks.Text.IndicesOf(obj);
        marks.CloseAll();
        if (!renderer.EnableHtmlForInline || !renderer.EnableHtmlEscape || !string.IsNullOrWhiteSpace(inner.Rel) || !marks.Touches(indices))
        {
            // A rel attribute is an option our pipelines do not set; leave that case to Markdig.
            ((IMarkdownObjectRenderer)inner).Write(renderer, obj);
            return;
        }

        var href = SafeAutolinkInlineRenderer.HrefOf(obj);
        if (!UrlSafety.IsSafe(href))
        {
            // The same allow-list as every other href: the marked text, without the link.
            marks.Write(obj.Url, indices);
            marks.CloseAll();
            return;
        }

        renderer.Write("<a href=\"");
        renderer.WriteEscapeUrl(href);
        renderer.Write('"');
        renderer.WriteAttributes(obj);
        renderer.Write('>');
        marks.Write(obj.Url, indices);
        marks.CloseAll();
        renderer.Write("</a>");
    }
}
