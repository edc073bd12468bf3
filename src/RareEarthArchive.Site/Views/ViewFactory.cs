using System.Collections.Frozen;
using RareEarthArchive.Core.Assembly;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareEarthArchive.Core.Markdown;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Core.Provenance;
using RareEarthArchive.Core.Text;
using RareEarthArchive.Core.Validation;
using RareEarthArchive.Site.Highlighting;
using RareEarthArchive.Site.Routing;
using RareEarthArchive.Site.Templating;

namespace RareEarthArchive.Site.Views;

/// <summary>
/// Turns the assembled <see cref="SiteModel"/> into the typed views templates read. Summaries of every source
/// and claim are made once and shared, so a page that lists others costs only its own list.
/// </summary>
public sealed class ViewFactory
{
    private readonly SiteModel _site;
    private readonly SiteUrls _urls;
    private readonly FrozenDictionary<string, SourceSummaryView> _sources;
    private readonly FrozenDictionary<string, ClaimSummaryView> _claims;
    private readonly OriginViewFactory _origins;

    public ViewFactory(SiteModel site, SiteUrls urls)
    {
        _site = site;
        _urls = urls;
        _sources = site.Sources.ToFrozenDictionary(s => s.Id, Summary, StringComparer.Ordinal);
        _claims = site.Claims.ToFrozenDictionary(c => c.Id, Summary, StringComparer.Ordinal);
        _origins = new OriginViewFactory(site, urls, id => _sources[id]);
    }

    public IReadOnlyList<SourceSummaryView> AllSources => [.. _site.Sources.Select(s => _sources[s.Id])];

    public IReadOnlyList<ClaimSummaryView> AllClaims => [.. _site.Claims.Select(c => _claims[c.Id])];

    /// <summary>The claims some independent origin disputes or qualifies, the most contested first (ties: more origins, then id).</summary>
    public IReadOnlyList<ClaimSummaryView> MostContested(int count) =>
        [.. AllClaims.Where(c => c.ContestScore > 0)
            .OrderByDescending(c => c.ContestScore).ThenByDescending(c => c.OriginCount).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(count)];

    public IReadOnlyList<TopicView> Topics() =>
        [.. _site.Topics.Select(t => new TopicView(t.Topic, _site.Config.TopicTitle(t.Topic), _urls.TopicPage(t.Topic), [.. t.ClaimIds.Select(id => _claims[id])]))];

    public IReadOnlyList<ClaimSummaryView> ClaimsWithoutTopic() => [.. AllClaims.Where(c => c.Topic is null)];

    public IReadOnlyList<TagView> Tags() =>
        [.. _site.Tags.Select(t => new TagView(t.Tag, _urls.Tag(t.Tag), [.. t.SourceIds.Select(id => _sources[id])], [.. t.ClaimIds.Select(id => _claims[id])]))];

    public SourcePageView SourcePage(SourceEntry entry)
    {
        var source = entry.Source;
        var text = entry.Validated.Document.Text.Text;
        var annotations = entry.Annotations.Select(a => Annotation(entry, a, _claims[a.Annotation.ClaimId], text.Substring(a.Start, a.Length), null)).ToList();
        var bias = source.Bias is { } b
            ? new BiasView(b.Perspective, b.CommercialInterest, Formatting.Block(b.Summary),
                [.. entry.Signals.Select(s => new SignalView(s.AnchorId, s.Signal.Kind, text.Substring(s.Start, s.Length),
                    Formatting.Inline(s.Signal.Note), _urls.Passage(entry.Id, s.AnchorId)))])
            : null;
        var headline = Headline(entry.Validated.Document.Markdown);
        var originalTitle = headline is not null && headline == source.OriginalTitle ? null : source.OriginalTitle;
        return new SourcePageView(
            _sources[entry.Id],
            headline is not null && headline == source.Title,
            originalTitle,
            originalTitle is { } original ? ScriptLanguage.Detect(original) : null,
            // The template writes it into an href: the same allow-list as Markdown links, whatever the reader let through.
            UrlSafety.IsSafe(source.Url) ? source.Url : null,
            entry.Originals?.CaptureUrl,
            new FixityView(entry.Validated.Sha256, Fixity.CheckCommand(source)),
            source.Archive?.Retrieved?.ToString(),
            source.Archive?.Notes,
            bias,
            new HtmlFragment(SourceBodyHtml.Render(entry, _site)),
            annotations,
            [.. entry.Related.Select(r => new RelatedSourceView(_sources[r.SourceId], r.Relation, Formatting.Inline(r.Note), r.Incoming))],
            [.. entry.ClaimIds.Select(id => _claims[id])],
            [.. source.Tags.Select(t => new LinkView(_urls.Tag(t), t))]);
    }

    public OriginPageView OriginPage(OriginEntry entry) => _origins.OriginPage(entry, id => _claims[id]);

    public ClaimPageView ClaimPage(ClaimEntry entry)
    {
        var claim = entry.Claim;
        var appearances = entry.Appearances.Select(a =>
            Annotation(_site.Source(a.SourceId), a.Annotation, null, a.Quote, new PassageContextView(a.Before, a.After))).ToList();
        QuantityView? quantity = null;
        if (claim.Quantity is { } q)
        {
            // Values that say when they applied are charted in time order, undated ones after them.
            var values = entry.Appearances.Where(a => a.Annotation.Annotation.Value is not null)
                .OrderBy(a => a.Annotation.Annotation.AsOf is null)
                .ThenBy(a => a.Annotation.Annotation.AsOf)
                .ToList();
            var chart = ValueChart.Render(claim.Id, q.Unit, [.. values.Select(a => new ChartRow(
                _sources[a.SourceId],
                ChartValue.Of(a.Annotation.Annotation.Value!, q.Unit),
                a.Annotation.Annotation.Stance,
                a.Annotation.Annotation.AsOf?.ToString()))]);
            quantity = new QuantityView(q.Label, q.Unit, chart.Summary, chart.Html is null ? null : new HtmlFragment(chart.Html));
        }
        // One group per source, in the order the sources first appear; a source's passages in text order.
        var groups = appearances.GroupBy(a => a.Source.Id, StringComparer.Ordinal)
            .Select(g => new SourceGroupView(g.First().Source, [.. g])).ToList();
        return new ClaimPageView(
            _claims[claim.Id],
            _origins.ClaimOrigins(entry),
            Formatting.Block(claim.Commentary),
            quantity,
            appearances,
            groups,
            [.. entry.SilentSourceIds.Select(id => _sources[id])],
            entry.SilentSourceCount,
            [.. entry.Related.Select(r => new RelatedClaimView(_claims[r.ClaimId], r.Relation, Formatting.Inline(r.Note), r.Incoming))],
            claim.Review is { } review ? new ReviewView(review.Rating, review.Author, review.Date.ToString(), Formatting.Block(review.Rationale)) : null,
            [.. claim.Tags.Select(t => new LinkView(_urls.Tag(t), t))],
            Timeline(entry));
    }

    /// <summary>The one place an annotated passage becomes what source and claim pages show (<see cref="AnnotationView"/>).</summary>
    private AnnotationView Annotation(SourceEntry source, ResolvedAnnotation a, ClaimSummaryView? claim, string quote, PassageContextView? context) =>
        new(a.Annotation, a.AnchorId, _sources[source.Id], claim, FormatValue(a.Annotation.ClaimId, a.Annotation.Value), quote, context,
            Formatting.Inline(a.Annotation.Note), _urls.Passage(source.Id, a.AnchorId), OriginalPassage(source, a.AnchorId));

    /// <summary>When each source stated the claim: an appearance is dated by its source's <c>published</c>.</summary>
    private TimelineView? Timeline(ClaimEntry entry) =>
        ClaimTimeline.Render(entry.Id,
            [.. entry.Appearances.Select(a => new TimelineRow(_sources[a.SourceId], _site.Source(a.SourceId).Source.Published,
                a.Annotation.Annotation.Stance, $"#from-{a.SourceId}-{a.Annotation.AnchorId}"))],
            [.. entry.Tally.Select(t => t.Stance)]) is { } timeline
            ? new TimelineView(timeline.Summary, new HtmlFragment(timeline.Html))
            : null;

    private OriginalPassageView? OriginalPassage(SourceEntry source, string anchorId) =>
        source.Originals is { } originals && originals.Fragments.TryGetValue(anchorId, out var url)
            ? new OriginalPassageView(url, _urls.Absolute(_urls.Passage(source.Id, anchorId)), originals.VersionDate?.ToString())
            : null;

    /// <summary>The text of the archived text's first block when that block is a heading, else null.</summary>
    private static string? Headline(MarkdownDocument document) =>
        document.Count > 0 && document[0] is HeadingBlock { Inline: { } inline }
            ? string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim()
            : null;

    private string? FormatValue(string claimId, QuantityValue? value) =>
        value is { } v ? Formatting.Value(v, _site.Claim(claimId).Claim.Quantity?.Unit) : null;

    private SourceSummaryView Summary(SourceEntry entry)
    {
        var s = entry.Source;
        return new SourceSummaryView(s.Id, _urls.Source(s.Id), s.Title, s.Publisher, s.Author, s.Published?.ToString(), s.Kind,
            s.Bias?.Perspective, s.Bias?.CommercialInterest, s.Language, entry.Annotations.Length + entry.Signals.Length, [.. s.Tags]);
    }

    private ClaimSummaryView Summary(ClaimEntry entry)
    {
        var c = entry.Claim;
        return new ClaimSummaryView(c.Id, _urls.Claim(c.Id), c.Statement, c.Topic, c.Topic is null ? null : _site.Config.TopicTitle(c.Topic), c.Topic is null ? null : _urls.TopicPage(c.Topic),
            entry.SourceCount, entry.Appearances.Length, [.. entry.Tally.Select(t => new StanceCountView(t.Stance, t.Count, Plural.Count(t.Count, t.Stance, Plural.Verb(t.Stance))))],
            entry.ContestScore, entry.OriginCount, c.Quantity is not null, c.Review is not null);
    }
}
