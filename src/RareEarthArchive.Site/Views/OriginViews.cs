using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Provenance;
using RareEarthArchive.Core.Text;
using RareEarthArchive.Site.Routing;
using RareEarthArchive.Site.Templating;

namespace RareEarthArchive.Site.Views;

/// <summary>
/// Beside a claim's tally: how many independent origins its appearances trace to, and the appearances grouped by
/// origin ("5 passages in 4 sources, tracing to 3 independent origins").
/// </summary>
public sealed record ClaimOriginsView(string Summary, int OriginCount, IReadOnlyList<OriginGroupView> Groups);

/// <summary>
/// One independent origin of a claim. <paramref name="Kind"/>: <c>declared</c> (an origin of the config, with its page),
/// <c>own</c> (a source speaking for itself), <c>same-story</c> (sources telling one story), <c>unnamed</c> (credited in
/// free text only). <paramref name="Via"/> says through whom the archive holds it; each passage links to its appearance.
/// </summary>
public sealed record OriginGroupView(string Kind, string Name, string? Url, string? Via, IReadOnlyList<LinkView> Passages);

/// <summary>An origin page: the declared origin and, claim by claim, the passages that trace to it.</summary>
public sealed record OriginPageView(string Id, string Name, string? HomeUrl, HtmlFragment? NoteHtml, IReadOnlyList<OriginClaimView> Claims, int PassageCount);

public sealed record OriginClaimView(ClaimSummaryView Claim, IReadOnlyList<OriginPassageView> Passages);

public sealed record OriginPassageView(SourceSummaryView Source, string Stance, string Quote, string PassageUrl, string ClaimAppearanceUrl);

/// <summary>Makes the origin views; names come from the config's origins and the sources' publishers.</summary>
internal sealed class OriginViewFactory(SiteModel site, SiteUrls urls, Func<string, SourceSummaryView> sources)
{
    /// <summary>What a source's <c>publisher</c> says when the document names none (the archive's convention).</summary>
    private const string UnknownPublisher = "Unknown";

    public ClaimOriginsView ClaimOrigins(ClaimEntry entry)
    {
        var groups = entry.OriginGroups.Select(g => Group(entry, g.Root, g.Appearances)).ToList();
        var passages = entry.Appearances.Length;
        var summary = passages == 0 ? "No passage states this claim."
            : $"{Plural.Count(passages, "passage")} in {Plural.Count(entry.SourceCount, "source")}, tracing to {Plural.Count(groups.Count, "independent origin")}:";
        return new ClaimOriginsView(summary, groups.Count, groups);
    }

    public OriginPageView OriginPage(OriginEntry entry, Func<string, ClaimSummaryView> claims) =>
        new(entry.Id, entry.Origin.Name, entry.Origin.Url, Formatting.Inline(entry.Origin.Note),
            [.. entry.Claims.Select(c => new OriginClaimView(claims(c.ClaimId), [.. c.Passages.Select(p => new OriginPassageView(
                sources(p.SourceId), p.Annotation.Annotation.Stance, p.Quote, urls.Passage(p.SourceId, p.Annotation.AnchorId),
                AppearanceUrl(c.ClaimId, p)))]))],
            entry.Claims.Sum(c => c.Passages.Length));

    private OriginGroupView Group(ClaimEntry entry, OriginRoot root, IReadOnlyList<int> indexes)
    {
        var appearances = indexes.Select(i => entry.Appearances[i]).ToList();
        // One link per passage, named by its source; a source with several passages here numbers them.
        var numbers = SourceLabels.PassageNumbers(appearances, a => a.SourceId);
        var passages = appearances.Select((a, i) => new LinkView(AppearanceUrl(entry.Id, a), SourceLabels.Numbered(Name(a.SourceId), numbers[i]))).ToList();
        // Who holds the passages, by publisher: "Sou Hu Cai Jing (2 sources)" rather than the same name twice.
        var holders = appearances.Select(a => a.SourceId).Distinct(StringComparer.Ordinal).GroupBy(Name, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.Key : $"{g.Key} ({Plural.Count(g.Count(), "source")})").ToList();
        return root switch
        {
            DeclaredRoot d => new OriginGroupView("declared", site.Origin(d.OriginId).Origin.Name,
                urls.Origin(d.OriginId), "via " + Formatting.And(holders), passages),
            OwnVoiceRoot { SameStory.Length: > 1 } story => new OriginGroupView("same-story", "one story",
                null, "told by " + Formatting.And([.. story.SameStory.Select(Name)]), passages),
            OwnVoiceRoot own => new OriginGroupView("own", Name(own.SourceId), sources(own.SourceId).Url,
                holders.Count == 1 && holders[0] == Name(own.SourceId) ? "on its own" : "via " + Formatting.And(holders), passages),
            UnnamedRoot unnamed => new OriginGroupView("unnamed", $"“{unnamed.Wording}”", null,
                $"named only in the text of {Name(unnamed.SourceId)}", passages),
            _ => throw new InvalidOperationException("unknown origin root"),
        };
    }

    /// <summary>
    /// A source as its origin group names it: its publisher, or its title where the publisher is not known
    /// (<see cref="UnknownPublisher"/>), because "Unknown (on its own): Unknown" tells a reader nothing.
    /// </summary>
    private string Name(string sourceId)
    {
        var source = sources(sourceId);
        return source.Publisher == UnknownPublisher ? source.Title : source.Publisher;
    }

    private string AppearanceUrl(string claimId, Appearance a) => $"{urls.Claim(claimId)}#from-{a.SourceId}-{a.Annotation.AnchorId}";
}
