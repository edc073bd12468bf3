using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Core.Markdown;

namespace RareEarthArchive.Site.Highlighting;

/// <summary>
/// Renders an archived body to HTML with its annotated passages wrapped in
/// <c>&lt;mark&gt;</c> elements where they stand in the text.
/// </summary>
/// <remarks>
/// The marks are written by replacing Markdig's renderers for the nodes that show text
/// (literals, code, entities, autolinks, line breaks, code blocks), guided by the
/// <see cref="ReaderText"/> index of each character, never by editing the HTML afterwards. A
/// node no highlight touches is written by Markdig's own renderer, so with no highlights the
/// output is exactly Markdig's. A passage that crosses an element or block boundary is split
/// into several marks: the first carries <c>id</c>, the rest <c>data-continues</c> with the
/// same value. Overlapping passages nest (the one that starts first, or the longer one, is
/// outside); where they cross, the inner mark is closed and reopened so the HTML stays well
/// formed.
/// </remarks>
public static class AnnotatedHtmlRenderer
{
    /// <summary>Renders <paramref name="text"/>'s document, parsed with <see cref="MarkdownPipelines.Archive"/>.</summary>
    public static string Render(ReaderText text, IReadOnlyList<Highlight> highlights) =>
        Render(text, highlights, MarkdownPipelines.Archive);

    /// <summary>
    /// Renders <paramref name="text"/>'s document with the renderers of
    /// <paramref name="pipeline"/>, which must be the pipeline it was parsed with.
    /// </summary>
    /// <exception cref="ArgumentException">A highlight is outside the text, empty, splits a
    /// surrogate pair, repeats an anchor id or has an attribute name that is not allowed.</exception>
    public static string Render(ReaderText text, IReadOnlyList<Highlight> highlights, MarkdownPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(highlights);
        ArgumentNullException.ThrowIfNull(pipeline);
        HighlightValidation.Check(text.Text, highlights);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        var marks = new MarkWriter(renderer, text, highlights);
        Replace<LiteralInlineRenderer>(renderer, inner => new MarkedLiteralRenderer(inner, marks));
        Replace<HtmlEntityInlineRenderer>(renderer, inner => new MarkedEntityRenderer(inner, marks));
        Replace<LineBreakInlineRenderer>(renderer, inner => new MarkedLineBreakRenderer(inner, marks));
        Replace<CodeInlineRenderer>(renderer, inner => new MarkedCodeInlineRenderer(inner, marks));
        Replace<AutolinkInlineRenderer>(renderer, inner => new MarkedAutolinkRenderer(inner, marks));
        Replace<CodeBlockRenderer>(renderer, inner => new MarkedCodeBlockRenderer(inner, marks));
        Replace<DelimiterInlineRenderer>(renderer, inner => new MarkedDelimiterRenderer(inner, marks));
        renderer.Render(text.Document);
        writer.Flush();
        return writer.ToString();
    }

    private static void Replace<TRenderer>(HtmlRenderer renderer, Func<TRenderer, IMarkdownObjectRenderer> wrap)
        where TRenderer : class, IMarkdownObjectRenderer
    {
        var renderers = renderer.ObjectRenderers;
        for (var i = 0; i < renderers.Count; i++)
        {
            if (renderers[i] is TRenderer inner)
            {
                renderers[i] = wrap(inner);
                return;
            }
        }

        throw new InvalidOperationException($"The pipeline has no {typeof(TRenderer).Name} to wrap.");
    }
}
