using System.Collections.Frozen;
using System.Collections.Immutable;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Core.Provenance;

/// <summary>
/// Who credits whom across the archive: declared origins, each source's own credit and its <c>cites</c> and
/// <c>same-story</c> relations, and the credit of each passage. Built once from the loaded content; the validator
/// uses it to refuse circles, the assembler to count each claim's independent origins.
/// </summary>
public sealed class ProvenanceGraph
{
    /// <summary>The relation by which a source says it takes from another (followed for claims both state).</summary>
    public const string Cites = "cites";

    /// <summary>The relation by which two sources say they are one story told twice (joined when both speak for themselves).</summary>
    public const string SameStory = "same-story";

    private readonly FrozenDictionary<string, Origin> _origins;
    private readonly FrozenSet<string> _sourceIds;

    public ProvenanceGraph(IEnumerable<Origin> origins, IReadOnlyList<Source> sources)
    {
        _origins = origins.GroupBy(o => o.Id, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _sourceIds = sources.Select(s => s.Id).ToFrozenSet(StringComparer.Ordinal);
        var sameStory = sources
            .SelectMany(s => s.Related.Where(r => r.Relation == SameStory).SelectMany(r => new[] { (s.Id, r.SourceId), (r.SourceId, s.Id) }))
            .ToLookup(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        Sources = sources.GroupBy(s => s.Id, StringComparer.Ordinal).Select(g => g.First()).ToFrozenDictionary(
            s => s.Id,
            s => new SourceCredits(s.Id, CreditOf(s.Origin),
                [.. s.Related.Where(r => r.Relation == Cites).Select(r => r.SourceId)],
                [.. sameStory[s.Id].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]),
            StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, SourceCredits> Sources { get; }

    public Origin? Origin(string id) => _origins.GetValueOrDefault(id);

    /// <summary>True when <paramref name="id"/> names a declared origin or an archived source.</summary>
    public bool Resolves(string id) => _origins.ContainsKey(id) || _sourceIds.Contains(id);

    /// <summary>What an <c>origin</c> reference credits: a declared origin first, else an archived source; null when it names neither.</summary>
    public Credit? CreditOf(Reference? origin) =>
        origin is null ? null
        : _origins.ContainsKey(origin.Value) ? new CreditsOrigin(origin.Value)
        : _sourceIds.Contains(origin.Value) ? new CreditsSource(origin.Value)
        : null;

    /// <summary>A passage's own credit: its <c>origin</c>, else its free-text <c>attributed_to</c>, else none.</summary>
    public Credit? CreditOf(ClaimAnnotation annotation) =>
        CreditOf(annotation.Origin) ?? (annotation.AttributedTo is { } wording ? new CreditsUnnamed(wording) : null);

    /// <summary>Where each passage of one claim traces to, in the order given.</summary>
    public ImmutableArray<PassageTrace> Trace(IReadOnlyList<(string SourceId, ClaimAnnotation Annotation)> passages) =>
        OriginTracing.Trace([.. passages.Select(p => new ClaimPassage(p.SourceId, CreditOf(p.Annotation)))], Sources);
}
