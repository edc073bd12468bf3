using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Markdown;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Core.Validation;

/// <summary>
/// Refuses Markdown nested deeper than <see cref="MarkdownNesting.MaxDepth"/> in every field that is rendered as
/// Markdown (bodies, commentary, notes, summaries, rationales), before any of it is parsed: past that depth
/// Markdig throws and our tree walkers would overflow the stack. A failing text is never parsed afterwards,
/// because the build stops after the validate phase.
/// </summary>
public static class MarkdownNestingCheck
{
    /// <summary>True when the source's body may be parsed.</summary>
    public static bool Body(Source source, DiagnosticBag diagnostics)
    {
        if (MarkdownNesting.Find(source.Text.Markdown) is not { } deep)
        {
            return true;
        }
        var location = new SourceLocation(source.Location.Path, source.Text.FirstLine + deep.Line - 1, deep.Column);
        Report(location, "the text", deep, "", diagnostics);
        return false;
    }

    /// <summary>Every contributor-written Markdown field; reported at the entry it belongs to.</summary>
    public static void Prose(LoadedArchive archive, DiagnosticBag diagnostics)
    {
        foreach (var source in archive.Sources)
        {
            Check(source.Bias?.Summary, source.Location, "the bias summary", diagnostics);
            foreach (var signal in source.Bias?.Signals ?? [])
            {
                CheckNote(signal.Note, signal.Location, diagnostics);
            }
            foreach (var annotation in source.Claims)
            {
                CheckNote(annotation.Note, annotation.Location, diagnostics);
            }
            foreach (var relation in source.Related)
            {
                CheckNote(relation.Note, relation.Location, diagnostics);
            }
        }
        foreach (var claim in archive.Claims)
        {
            Check(claim.Commentary, claim.Location, "the commentary", diagnostics);
            Check(claim.Review?.Rationale, claim.Location, "the review's rationale", diagnostics);
            foreach (var relation in claim.Related)
            {
                CheckNote(relation.Note, relation.Location, diagnostics);
            }
        }
        foreach (var origin in archive.Config?.Origins ?? [])
        {
            CheckNote(origin.Note, origin.Location, diagnostics);
        }
    }

    /// <summary>Notes are rendered as one-liners (no block constructs, so no code fences to hide behind).</summary>
    private static void CheckNote(string? markdown, SourceLocation location, DiagnosticBag diagnostics) =>
        Check(markdown, location, "the note", diagnostics, inlineOnly: true);

    private static void Check(string? markdown, SourceLocation location, string what, DiagnosticBag diagnostics, bool inlineOnly = false)
    {
        if (markdown is not null && MarkdownNesting.Find(markdown, inlineOnly) is { } deep)
        {
            Report(location, what, deep, $" (line {deep.Line} of it)", diagnostics);
        }
    }

    private static void Report(SourceLocation location, string what, NestingTooDeep deep, string where, DiagnosticBag diagnostics) =>
        diagnostics.Error(location, DiagnosticCodes.TooDeep,
            $"{what} nests {deep.What} more than {MarkdownNesting.MaxDepth} levels deep{where}; that is the limit for Markdown");
}
