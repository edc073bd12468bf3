using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace RareEarthArchive.Site.Highlighting;

/// <summary>
/// Writes a code block with marks inside <c>&lt;code&gt;</c>. Archived text meets this more
/// often than one would think: a paragraph pasted with four spaces of indentation is one.
/// </summary>
internal sealed class MarkedCodeBlockRenderer(CodeBlockRenderer inner, MarkWriter marks) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        var indices = marks.Text.IndicesOf(obj);
        marks.CloseAll();
        var special = inner.OutputAttributesOnPre || inner.BlocksAsDiv.Count > 0 || inner.BlockMapping.Count > 0;
        if (special || !renderer.EnableHtmlForBlock || !renderer.EnableHtmlEscape || !marks.Touches(indices))
        {
            // Div-mapped blocks and attributes on <pre> are options our pipelines do not set.
            ((IMarkdownObjectRenderer)inner).Write(renderer, obj);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<pre><code");
        renderer.WriteAttributes(obj);
        renderer.Write('>');
        var lines = obj.Lines;
        var position = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i].Slice.AsSpan();
            marks.Write(line, indices.Slice(position, line.Length));
            position += line.Length;
            marks.MoveTo(indices[position++]);
            renderer.WriteLine();
        }

        marks.CloseAll();
        renderer.WriteLine("</code></pre>");
        renderer.EnsureLine();
    }
}
