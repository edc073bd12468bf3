using Markdig.Syntax;
using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Core.Markdown;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Core.Validation;

/// <summary>
/// A source with its body parsed once: the Markdown tree (for rendering) and the reader text (for anchoring and
/// search). The tree is finished by <see cref="Parse"/> before anything else sees it, and nothing writes to it
/// afterwards: validation, assembly and rendering only read it, so the model that holds it is immutable in fact.
/// </summary>
public sealed record SourceDocument(Source Source, MarkdownDocument Markdown, ReaderText Text)
{
    /// <summary>Parses the body with <see cref="MarkdownPipelines.Archive"/>, marks blocks in another script (<see cref="ForeignScriptBlocks"/>), then reads it.</summary>
    public static SourceDocument Parse(Source source)
    {
        var markdown = Markdig.Markdown.Parse(source.Text.Markdown, MarkdownPipelines.Archive);
        // Part of making the tree, not a change to a finished one: the reader text is built from the marked tree.
        ForeignScriptBlocks.Mark(markdown, source.Language);
        return new SourceDocument(source, markdown, ReaderText.Build(markdown, source.Text.Markdown));
    }
}
