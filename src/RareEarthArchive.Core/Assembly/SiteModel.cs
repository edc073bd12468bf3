using System.Collections.Frozen;
using System.Collections.Immutable;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Core.Provenance;
using RareEarthArchive.Core.Validation;

namespace RareEarthArchive.Core.Assembly;

/// <summary>
/// The fully assembled archive: every aggregate a page needs (backlinks, tallies, silent sources, tags,
/// topics) is computed once here, before any template runs, so no page does O(site) work. Entries link by id;
/// <see cref="Source"/>, <see cref="Claim"/> and <see cref="Origin"/> resolve an id, from indexes built once with
/// the model, so no consumer builds its own. The other direction is on the entries themselves: a source's
/// <see cref="SourceEntry.Annotations"/> and <see cref="SourceEntry.Related"/> (declared by it and towards it),
/// a claim's <see cref="ClaimEntry.Appearances"/> and <see cref="ClaimEntry.Related"/>, an origin's
/// <see cref="OriginEntry.Claims"/> (the passages that trace to it). A class, not a record: a copy made with
/// <c>with</c> would keep the indexes of the original.
/// </summary>
public sealed class SiteModel
{
    private readonly FrozenDictionary<string, SourceEntry> _sources;
    private readonly FrozenDictionary<string, ClaimEntry> _claims;
    private readonly FrozenDictionary<string, OriginEntry> _origins;

    public SiteModel(
        SiteConfig config,
        ImmutableArray<SourceEntry> sources,
        ImmutableArray<ClaimEntry> claims,
        ImmutableArray<TagEntry> tags,
        ImmutableArray<TopicEntry> topics,
        ImmutableArray<OriginEntry> origins)
    {
        Config = config;
        Sources = sources;
        Claims = claims;
        Tags = tags;
        Topics = topics;
        Origins = origins;
        _sources = sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _claims = claims.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        _origins = origins.ToFrozenDictionary(o => o.Id, StringComparer.Ordinal);
        AnnotationCount = sources.Sum(s => s.Annotations.Length);
    }

    public SiteConfig Config { get; }

    public ImmutableArray<SourceEntry> Sources { get; }

    public ImmutableArray<ClaimEntry> Claims { get; }

    public ImmutableArray<TagEntry> Tags { get; }

    public ImmutableArray<TopicEntry> Topics { get; }

    /// <summary>The declared origins (site.config.yml), each with what the archive holds that traces to it.</summary>
    public ImmutableArray<OriginEntry> Origins { get; }

    public int AnnotationCount { get; }

    /// <summary>The source with this id. Every id in the model was checked by the validate phase, so a miss is a bug.</summary>
    public SourceEntry Source(string id) => _sources[id];

    /// <summary>The claim with this id (checked by the validate phase).</summary>
    public ClaimEntry Claim(string id) => _claims[id];

    /// <summary>The declared origin with this id (checked by the validate phase).</summary>
    public OriginEntry Origin(string id) => _origins[id];
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
