using System.Collections.Immutable;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Core.Provenance;
using RareEarthArchive.Core.Validation;

namespace RareEarthArchive.Core.Assembly;

/// <summary>
/// The fully assembled archive: every aggregate a page needs (backlinks, tallies, silent sources, tags,
/// topics) is computed once here, before any template runs, so no page does O(site) work.
/// </summary>
public sealed record SiteModel(
    SiteConfig Config,
    ImmutableArray<SourceEntry> Sources,
    ImmutableArray<ClaimEntry> Claims,
    ImmutableArray<TagEntry> Tags,
    ImmutableArray<TopicEntry> Topics)
{
    public int AnnotationCount => Sources.Sum(s => s.Annotations.Length);
}

/// <summary>A source page's data.</summary>
public sealed record SourceEntry(
    ValidatedSource Validated,
    ImmutableArray<SourceLink> Related,
    ImmutableArray<string> ClaimIds)
{
    public Source Source => Validated.Document.Source;
    public string Id => Source.Id;
    public ImmutableArray<ResolvedAnnotation> Annotations => Validated.Annotations;
    public ImmutableArray<ResolvedSignal> Signals => Validated.Signals;

    /// <summary>Links back to the original (Wayback capture, text fragments); null for a source without a <c>url</c>.</summary>
    public OriginalLinks? Originals => Validated.Originals;
}

/// <summary>A cross-reference seen from one side. <see cref="Incoming"/> is true when the other source declared it.</summary>
public sealed record SourceLink(string SourceId, string Relation, string? Note, bool Incoming);

/// <summary>A claim page's data.</summary>
public sealed record ClaimEntry(
    Claim Claim,
    ImmutableArray<Appearance> Appearances,
    ImmutableArray<StanceCount> Tally,
    ImmutableArray<string> SilentSourceIds,
    int SilentSourceCount,
    ImmutableArray<ClaimLink> Related,
    int ContestScore)
{
    public string Id => Claim.Id;
    public int SourceCount => Appearances.Select(a => a.SourceId).Distinct(StringComparer.Ordinal).Count();
}

/// <summary>One source's statement of a claim: the quote with the words around it (the text's own spacing kept, "…" where the text goes on).</summary>
public sealed record Appearance(string SourceId, ResolvedAnnotation Annotation, string Before, string Quote, string After);

public sealed record StanceCount(string Stance, int Count);

/// <summary>A claim relation seen from one side. <see cref="Incoming"/> is true when the other claim declared it.</summary>
public sealed record ClaimLink(string ClaimId, string Relation, string? Note, bool Incoming);

public sealed record TagEntry(string Tag, ImmutableArray<string> SourceIds, ImmutableArray<string> ClaimIds);

public sealed record TopicEntry(string Topic, ImmutableArray<string> ClaimIds);
