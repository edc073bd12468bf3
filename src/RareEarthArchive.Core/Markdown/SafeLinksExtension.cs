using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RareEarthArchive.Core.Markdown;

/// <summary>
/// After parsing, replaces every link, image and autolink whose URL fails
/// <see cref="UrlSafety.IsSafe"/> by its text, so the reader sees what the contributor wrote
/// and the browser gets no URL to follow. Done on the syntax tree rather than on the HTML so
/// that every renderer (HTML, plain text, reader text) sees the same neutralised document.
/// </summary>
internal sealed class SafeLinksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // A static handler keeps the built pipeline free of per-instance state.
        pipeline.DocumentProcessed -= Neutralise;
        pipeline.DocumentProcessed += Neutralise;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // The same check again where the href/src is written (see SafeLinkInlineRenderer).
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new SafeLinkInlineRenderer());
            html.ObjectRenderers.ReplaceOrAdd<AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer());
        }
    }

    internal static void Neutralise(MarkdownDocument document)
    {
        // Collect first: the tree is rewritten below, which would upset a live enumeration.
        var unsafeLinks = document.Descendants<LinkInline>()
            .Where(static link => !UrlSafety.IsSafe(link.GetDynamicUrl?.Invoke() ?? link.Url))
            .ToList();
        foreach (var link in unsafeLinks)
        {
            ReplaceByChildren(link);
        }

        var unsafeAutolinks = document.Descendants<AutolinkInline>()
            .Where(static link => !UrlSafety.IsSafe(SafeAutolinkInlineRenderer.HrefOf(link)))
            .ToList();
        foreach (var link in unsafeAutolinks)
        {
            link.ReplaceBy(new LiteralInline(new StringSlice(link.Url))
            {
                Span = link.Span,
                Line = link.Line,
                Column = link.Column,
            });
        }
    }

    private static void ReplaceByChildren(ContainerInline container)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            container.InsertBefore(child);
            child = next;
        }

        container.Remove();
    }
}
