using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace RareEarthArchive.Core.Markdown;

/// <summary>
/// Moves every heading of a Markdown text down two levels (<c>#</c> becomes <c>h3</c>, capped at
/// <c>h6</c>). Archived texts and commentary are shown under the page's own <c>h1</c> and a section
/// <c>h2</c>; their own headings must not compete with the page's outline (one <c>h1</c> a page).
/// The text a reader sees is unchanged, so quote anchoring is unaffected.
/// </summary>
internal sealed class SubordinateHeadingsExtension : IMarkdownExtension
{
    /// <summary>How many levels a text's headings move down.</summary>
    public const int Levels = 2;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Demote;
        pipeline.DocumentProcessed += Demote;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Demote(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + Levels);
        }
    }
}
