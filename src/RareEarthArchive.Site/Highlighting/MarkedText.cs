using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace RareEarthArchive.Site.Highlighting;

/// <summary>What every marked text renderer does when no mark touches its node.</summary>
internal static class MarkedText
{
    /// <summary>
    /// Hands the node to Markdig's own renderer. Marks still open from a preceding sibling are
    /// closed first, unless the node shows nothing (folded white space), which may sit inside.
    /// </summary>
    public static void Delegate(IMarkdownObjectRenderer inner, HtmlRenderer renderer, Inline node, ReadOnlySpan<int> indices, MarkWriter marks)
    {
        if (!MarkWriter.ShowsNothing(indices) || !renderer.EnableHtmlForInline)
        {
            marks.CloseAll();
        }

        inner.Write(renderer, node);
        marks.AfterText(node);
    }
}
