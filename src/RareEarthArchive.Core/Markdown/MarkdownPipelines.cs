using Markdig;
using Markdig.Parsers;

namespace RareEarthArchive.Core.Markdown;

/// <summary>
/// The Markdig pipelines the whole generator shares. Each is built once: a built
/// <see cref="MarkdownPipeline"/> is immutable and safe to use from many threads, and building
/// one per call would be slow and risk two parts of the site disagreeing on the syntax.
/// </summary>
public static class MarkdownPipelines
{
    /// <summary>
    /// For archived source text (the body of <c>content/sources/*.md</c>): CommonMark plus pipe
    /// tables. Raw HTML is off so markup in the archived text shows as text; heading ids are off
    /// because an archived document's headings are not the site's anchors; precise source
    /// locations are on so a quote can be traced back to a line for error messages. Unsafe link
    /// URLs are neutralised here too: the verbatim text also arrives by pull request. Headings sit
    /// two levels down, under the page's own (see <see cref="SubordinateHeadingsExtension"/>).
    /// </summary>
    public static MarkdownPipeline Archive { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml()
        .UsePreciseSourceLocation()
        .Use<SafeLinksExtension>()
        .Use<SubordinateHeadingsExtension>()
        .Build();

    /// <summary>
    /// For contributor prose: notes, summaries, claim commentary. Raw HTML is off, bare
    /// http(s) URLs become links, and any link or image whose URL is not http, https, mailto or
    /// relative is reduced to its text (see <see cref="UrlSafety"/>).
    /// </summary>
    public static MarkdownPipeline Contributor { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Use<SafeLinksExtension>()
        .Use<SubordinateHeadingsExtension>()
        .Build();

    /// <summary>
    /// For contributor one-liners shown inside a sentence or a table cell: the
    /// <see cref="Contributor"/> inline syntax, but every block construct (headings, lists,
    /// quotes, code blocks, setext underlines) is off, so "1. first" or "# 3" stays text
    /// instead of breaking the surrounding markup.
    /// </summary>
    public static MarkdownPipeline ContributorInline { get; } = BuildContributorInline();

    private static MarkdownPipeline BuildContributorInline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAutoLinks()
            .DisableHtml()
            .Use<SafeLinksExtension>();
        builder.BlockParsers.RemoveAll(parser => parser is not ParagraphBlockParser);
        if (builder.BlockParsers.Find<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.ParseSetextHeadings = false;
        }

        return builder.Build();
    }
}
