using System.Collections.Immutable;
using RareEarthArchive.Core.Provenance;
using RareEarthArchive.Core.Validation;

namespace RareEarthArchive.Core.Assembly;

/// <summary>The assemble phase: turns the validated archive into the <see cref="SiteModel"/> the pages render.</summary>
public static class SiteAssembler
{
    /// <summary>How many words of context a claim page shows on each side of a quote.</summary>
    public const int ContextWords = 18;

    /// <summary>How many silent sources a claim page names at most.</summary>
    public const int MaxSilentListed = 100;

    public static SiteModel Assemble(ValidatedArchive archive)
    {

        var incomingSources = archive.Sources
            .SelectMany(other => other.Document.Source.Related.Select(r => (Target: r.SourceId, Link: new SourceLink(other.Id, r.Relation, r.Note, Incoming: true))))
            .ToLookup(x => x.Target, x => x.Link, StringComparer.Ordinal);
        var incomingClaims = archive.Claims
            .SelectMany(other => other.Related.Select(r => (Target: r.ClaimId, Link: new ClaimLink(other.Id, r.Relation, r.Note, Incoming: true))))
            .ToLookup(x => x.Target, x => x.Link, StringComparer.Ordinal);

        var sources = archive.Sources.Select(source => new SourceEntry(
            source,
            Merge(source.Document.Source.Related.Select(r => new SourceLink(r.SourceId, r.Relation, r.Note, Incoming: false)), incomingSources[source.Id]),
            [.. source.Annotations.Select(a => a.Annotation.ClaimId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .ToImmutableArray();

        var appearancesByClaim = archive.Sources
            .SelectMany(source => source.Annotations.Select(a => (Claim: a.Annotation.ClaimId, Appearance: ToAppearance(source, a))))
            .ToLookup(x => x.Claim, x => x.Appearance, StringComparer.Ordinal);

        var stances = archive.Config.Vocabularies.Stances;
        var claims = archive.Claims.Select(claim =>
        {
            var appearances = appearancesByClaim[claim.Id].ToImmutableArray();
            var tally = stances.Select(s => new StanceCount(s, appearances.Count(a => a.Annotation.Annotation.Stance == s))).ToImmutableArray();
            var stating = appearances.Select(a => a.SourceId).ToHashSet(StringComparer.Ordinal);
            // A claim page lists silent sources, but never more than a page can carry: at 10k sources the list
            // would make every claim page O(site). The count is exact; the list is capped.
            var silentCount = archive.Sources.Length - stating.Count;
            var silent = archive.Sources.Select(s => s.Id).Where(id => !stating.Contains(id)).Take(MaxSilentListed).ToImmutableArray();
            var related = Merge(claim.Related.Select(r => new ClaimLink(r.ClaimId, r.Relation, r.Note, Incoming: false)), incomingClaims[claim.Id]);
            var traces = archive.Provenance.Trace([.. appearances.Select(a => (a.SourceId, a.Annotation.Annotation))]);
            return new ClaimEntry(claim, appearances, tally, silent, silentCount, related, ContestScore(appearances, traces)) { Traces = traces };
        }).ToImmutableArray();

        var origins = archive.Config.Origins.GroupBy(o => o.Id, StringComparer.Ordinal).Select(g => g.First())
            .Select(origin => new OriginEntry(origin, [.. claims
                .Select(c => (c.Id, Passages: c.Appearances.Where((_, i) => c.Traces[i].Root is DeclaredRoot d && d.OriginId == origin.Id).ToImmutableArray()))
                .Where(x => x.Passages.Length > 0)
                .Select(x => new OriginClaim(x.Id, x.Passages))]))
            .ToImmutableArray();

        var tags = sources.SelectMany(s => s.Source.Tags.Select(t => (Tag: t, Source: (string?)s.Id, Claim: (string?)null)))
            .Concat(claims.SelectMany(c => c.Claim.Tags.Select(t => (Tag: t, Source: (string?)null, Claim: (string?)c.Id))))
            .GroupBy(x => x.Tag, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TagEntry(g.Key,
                [.. g.Select(x => x.Source).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                [.. g.Select(x => x.Claim).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .ToImmutableArray();

        var topics = claims.Where(c => c.Claim.Topic is not null)
            .GroupBy(c => c.Claim.Topic!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TopicEntry(g.Key, [.. g.Select(c => c.Id)]))
            .ToImmutableArray();

        return new SiteModel(archive.Config, sources, claims, tags, topics, origins);
    }

    private static Appearance ToAppearance(ValidatedSource source, ResolvedAnnotation annotation)
    {
        var text = source.Document.Text;
        var (before, after) = text.Context(annotation.Start, annotation.Length, ContextWords);
        // The context keeps the text's own spacing at the quote's edges; an ellipsis says the text goes on.
        var end = annotation.Start + annotation.Length;
        before = (annotation.Start - before.Length > 0 ? "…" : "") + before;
        after += end + after.Length < text.Text.Length ? "…" : "";
        return new Appearance(source.Id, annotation, before, text.Text.Substring(annotation.Start, annotation.Length), after);
    }

    /// <summary>Links this side declares (in file order), then those declared towards it (in id order of the declaring side).</summary>
    private static ImmutableArray<T> Merge<T>(IEnumerable<T> outgoing, IEnumerable<T> incoming) where T : class =>
        [.. outgoing.Concat(incoming)];

    /// <summary>
    /// How contested a claim is, counted in independent voices, not passages: each independent origin that
    /// disputes the claim counts 2, each that qualifies it (and does not also dispute it) counts 1. Five copies of
    /// one wire story disputing a claim are one voice; a claim every origin supports scores 0.
    /// </summary>
    private static int ContestScore(ImmutableArray<Appearance> appearances, ImmutableArray<PassageTrace> traces)
    {
        var stancesByRoot = appearances.Select((a, i) => (traces[i].Root, a.Annotation.Annotation.Stance)).ToLookup(x => x.Root, x => x.Stance);
        return stancesByRoot.Sum(root => root.Contains("disputes") ? 2 : root.Contains("qualifies") ? 1 : 0);
    }
}
