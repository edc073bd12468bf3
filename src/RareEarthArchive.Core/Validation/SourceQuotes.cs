using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Core.Validation;

/// <summary>
/// <c>rea quote</c>'s lookup in an archived source. It lives beside <see cref="SourceDocument"/> rather than in
/// Anchoring because it reads the body as the checker does (nesting check, then <see cref="SourceDocument.Parse"/>):
/// Validation uses Anchoring, and Anchoring knows nothing of Validation.
/// </summary>
public static class SourceQuotes
{
    /// <summary>
    /// Finds <paramref name="pasted"/> in the source's body as the checker reads it, with each option's line counted
    /// in the file (<see cref="QuoteFinder.Find"/> on the source's reader text). Null when the body cannot be parsed
    /// (too deeply nested); the reason is in <paramref name="diagnostics"/>.
    /// </summary>
    public static QuoteLookup? Find(Source source, string pasted, DiagnosticBag diagnostics)
    {
        if (!MarkdownNestingCheck.Body(source, diagnostics))
        {
            return null;
        }
        var firstLine = source.Text.FirstLine;
        return QuoteFinder.Find(SourceDocument.Parse(source).Text, pasted) switch
        {
            QuoteFound found => found with { Options = [.. found.Options.Select(o => o with { Line = firstLine + o.Line - 1 })] },
            var other => other,
        };
    }
}
