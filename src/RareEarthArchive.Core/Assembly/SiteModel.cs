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

    /// <summary>The declared origins (site.config.yml), each with what the archive holds that traces to it.</summary>
    public ImmutableArray<OriginEntry> Origins { get; init; } = [];
}

/// <summary>An origin page's data: the claims whose passages trace to the origin, in site order.</summary>
public sealed record OriginEntry(Origin Origin, ImmutableArray<OriginClaim> Claims)
{
    public string Id => Origin.Id;
}

/// <summary>One claim on an origin page, with the passages that trace to the origin.</summary>
public sealed record OriginClaim(string ClaimId, ImmutableArray<Appearance> Passages);

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

    /// <summary>Where each appearance traces to (same order as <see cref="Appearances"/>), by the independence rule.</summary>
    public ImmutableArray<PassageTrace> Traces { get; init; } = [];

    /// <summary>How many independent origins the appearances trace to.</summary>
    public int OriginCount => Traces.Select(t => t.Root).Distinct().Count();

    /// <summary>The appearances grouped by origin: most passages first, then the order of first appearance.</summary>
    public ImmutableArray<(OriginRoot Root, ImmutableArray<int> Appearances)> OriginGroups =>
        [.. Traces.Select((t, i) => (t.Root, i)).GroupBy(x => x.Root)
            .Select(g => (g.Key, g.Select(x => x.i).ToImmutableArray()))
            .OrderByDescending(g => g.Item2.Length).ThenBy(g => g.Item2[0])];
}

/// <summary>One source's statement of a claim: the quote with the words around it (the text's own spacing kept, "…" where the text goes on).</summary>
public sealed record Appearance(string SourceId, ResolvedAnnotation Annotation, string Before, string Quote, string After);

public sealed record StanceCount(string Stance, int Count);

/// <summary>A claim relation seen from one side. <see cref="Incoming"/> is true when the other claim declared it.</summary>
public sealed record ClaimLink(string ClaimId, string Relation, string? Note, bool Incoming);

public sealed record TagEntry(string Tag, ImmutableArray<string> SourceIds, ImmutableArray<string> ClaimIds);

public sealed record TopicEntry(string Topic, ImmutableArray<string> ClaimIds);
