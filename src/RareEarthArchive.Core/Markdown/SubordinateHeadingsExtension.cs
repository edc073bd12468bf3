using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace RareEarthArchive.Core.Markdown;

/// <summary>
/// Moves the headings of a Markdown text down so that its top level is <c>h3</c> (<c>#</c> becomes
/// <c>h3</c> and <c>##</c> <c>h4</c>; a text whose top heading is <c>##</c> starts at <c>h3</c> too),
/// capped at <c>h6</c>. Archived texts and commentary are shown under the page's own <c>h1</c> and a
/// section <c>h2</c>; their own headings must not compete with the page's outline (one <c>h1</c> a page)
/// nor skip a level under it.
/// The text a reader sees is unchanged, so quote anchoring is unaffected.
/// </summary>
internal sealed class SubordinateHeadingsExtension : IMarkdownExtension
{
    /// <summary>The level a text's top heading takes.</summary>
    public const int TopLevel = 3;

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
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Count == 0)
        {
            return;
        }
        // A text that opens with its headline above all its section headings ("# Title", then "## Part"): the
        // headline is one heading among its sections, at the top level, and so are they. The page shows that
        // headline as its own h1 when they are the same words and hides the text's copy; the sections must
        // then follow the page's h2 without a gap.
        var headline = document.Count > 0 && document[0] is HeadingBlock first && headings.Count > 1 && headings.Skip(1).All(h => h.Level > first.Level)
            ? first : null;
        var sections = headline is null ? headings : headings.Skip(1).ToList();
        var shift = TopLevel - sections.Min(h => h.Level);
        foreach (var heading in sections)
        {
            heading.Level = Math.Min(6, heading.Level + shift);
        }
        if (headline is not null)
        {
            headline.Level = TopLevel;
        }
    }
}
