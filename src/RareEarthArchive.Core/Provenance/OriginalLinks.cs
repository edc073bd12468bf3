using System.Collections.Immutable;
using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Markdown;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Core.TextFragments;
using RareEarthArchive.Core.Validation;

namespace RareEarthArchive.Core.Provenance;

/// <summary>
/// The ways back from an archived source to its original, made once per source in the validate phase: the
/// Wayback capture nearest the archive date (where the source has a <c>url</c> and <c>archive.retrieved</c>), and per
/// passage a text-fragment link into the original page, where the build could prove one lands on that passage only.
/// </summary>
/// <param name="VersionDate">The date of the archived copy (<c>archive.retrieved</c>), the Robust Links <c>data-versiondate</c>.</param>
/// <param name="Fragments">Per annotation anchor id, the URL of the original with a text directive.</param>
public sealed record OriginalLinks(string Url, PartialDate? VersionDate, string? CaptureUrl, ImmutableDictionary<string, string> Fragments)
{
    /// <summary>
    /// The links for <paramref name="source"/>, null without a <c>url</c>. A passage no text fragment can single
    /// out gets a warning (the page shows no link for it), so the contributor knows why.
    /// </summary>
    public static OriginalLinks? For(Source source, ReaderText reader, ImmutableArray<ResolvedAnnotation> annotations, DiagnosticBag diagnostics)
    {
        // The links are written into hrefs: only a URL the Markdown allow-list would also let through.
        if (source.Url is not { } url || !UrlSafety.IsSafe(url))
        {
            return null;
        }
        var retrieved = source.Archive?.Retrieved;
        var page = url.Contains('#', StringComparison.Ordinal) ? url[..url.IndexOf('#', StringComparison.Ordinal)] : url;
        var text = FragmentText.From(reader);
        var fragments = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var annotation in annotations)
        {
            if (TextFragmentBuilder.Build(text, annotation.Start, annotation.Length) is { } directive)
            {
                fragments[annotation.AnchorId] = page + directive.ToFragment();
            }
            else
            {
                diagnostics.Warning(annotation.Annotation.Quote.Location, DiagnosticCodes.FragmentAmbiguous,
                    "no text-fragment link into the original for this passage: browsers match text fragments ignoring case and accents and on whole words, "
                    + "and so read, these words (even with up to four words of context) also match elsewhere in the text or cannot be proved to match here; the page offers none");
            }
        }
        return new OriginalLinks(url, retrieved, retrieved is null ? null : Wayback.CaptureUrl(url, retrieved), fragments.ToImmutable());
    }
}
