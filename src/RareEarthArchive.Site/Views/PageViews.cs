using RareEarthArchive.Core.Model;
using RareEarthArchive.Site.Templating;

namespace RareEarthArchive.Site.Views;

/// <summary>What every page template sees as <c>page</c>.</summary>
/// <param name="Head">Page-specific <c>&lt;head&gt;</c> HTML (Open Graph, Highwire citation tags, schema.org JSON-LD), made by the generator.</param>
/// <param name="Cite">"Cite this" data on source and claim pages, shown by the <c>cite</c> partial.</param>
public sealed record PageMeta(
    string Title,
    string Url,
    string CanonicalUrl,
    string Description,
    string Language,
    string Kind,
    HtmlFragment? Head = null,
    Metadata.CiteView? Cite = null);

/// <summary>What every page template sees as <c>site</c>. Header and footer are rendered once per build.</summary>
public sealed record SiteView(
    string Title,
    string Description,
    string BaseUrl,
    string BasePath,
    string Language,
    int SourceCount,
    int ClaimCount,
    int AnnotationCount,
    string HomeUrl,
    string SourcesUrl,
    string ClaimsUrl,
    string TagsUrl,
    string SearchUrl,
    string DownloadsUrl,
    string FeedUrl,
    string StylesheetUrl,
    string ScriptUrl,
    string? BuildTime,
    string Generator,
    HtmlFragment Header,
    HtmlFragment Footer);

/// <param name="OriginalTitle">The original title, unless the archived text begins with it as its headline (then it shows once, there).</param>
/// <param name="TextRepeatsTitle">The archived text begins with the page's title as its headline: the page shows it once, as its h1.</param>
/// <param name="CaptureUrl">The Wayback Machine capture nearest the archive date, where there are a URL and a date.</param>
/// <param name="Fixity">The SHA-256 of the archived text and the command line that checks it.</param>
public sealed record SourcePageView(
    SourceSummaryView Source,
    bool TextRepeatsTitle,
    string? OriginalTitle,
    string? OriginalTitleLanguage,
    string? OriginalUrl,
    string? CaptureUrl,
    FixityView Fixity,
    string? Retrieved,
    string? ArchiveNotes,
    BiasView? Bias,
    HtmlFragment BodyHtml,
    IReadOnlyList<AnnotationView> Annotations,
    IReadOnlyList<RelatedSourceView> Related,
    IReadOnlyList<ClaimSummaryView> Claims,
    IReadOnlyList<LinkView> Tags);

public sealed record FixityView(string Sha256, string Command);

/// <summary>
/// A text-fragment link into the original page, with what Robust Links needs to fall back to the archive's copy:
/// <paramref name="ArchivedUrl"/> (<c>data-versionurl</c>, absolute) and the copy's date (<c>data-versiondate</c>), when known.
/// </summary>
public sealed record OriginalPassageView(string Url, string ArchivedUrl, string? VersionDate);

public sealed record BiasView(string Perspective, string? CommercialInterest, HtmlFragment SummaryHtml, IReadOnlyList<SignalView> Signals);

public sealed record SignalView(string AnchorId, string Kind, string Quote, HtmlFragment? NoteHtml, string PassageUrl);

/// <summary>
/// One annotated passage, as both source and claim pages show it (<c>partials/annotation.html</c>): the quote with
/// its annotation. <see cref="Annotation"/> is the annotation as the source file gives it (<c>stance</c>, <c>as_of</c>,
/// <c>attributed_to</c>, and any optional key added later), for the partial to show as it is; the other fields are
/// what takes the rest of the site to say: the value in the text's words with the claim's unit, the note as HTML,
/// the links.
/// </summary>
/// <param name="Claim">The claim the passage states, named on a source page; null on that claim's own page.</param>
/// <param name="Context">The words around the passage, on a claim page; null on a source page, which shows the passage in its text.</param>
public sealed record AnnotationView(
    ClaimAnnotation Annotation,
    string AnchorId,
    SourceSummaryView Source,
    ClaimSummaryView? Claim,
    string? Value,
    string Quote,
    PassageContextView? Context,
    HtmlFragment? NoteHtml,
    string PassageUrl,
    OriginalPassageView? OriginalPassage);

/// <summary>The reader text just before and after a quoted passage (a few words each, cut at word boundaries).</summary>
public sealed record PassageContextView(string Before, string After);

public sealed record RelatedSourceView(SourceSummaryView Source, string Relation, HtmlFragment? NoteHtml, bool Incoming);

public sealed record ClaimPageView(
    ClaimSummaryView Claim,
    ClaimOriginsView Origins,
    HtmlFragment CommentaryHtml,
    QuantityView? Quantity,
    IReadOnlyList<AnnotationView> Appearances,
    IReadOnlyList<SourceGroupView> Groups,
    IReadOnlyList<SourceSummaryView> Silent,
    int SilentCount,
    IReadOnlyList<RelatedClaimView> Related,
    ReviewView? Review,
    IReadOnlyList<LinkView> Tags,
    TimelineView? Timeline);

/// <summary>When the sources stated a claim (<see cref="ClaimTimeline"/>): a sentence, and the timeline with its rows as text.</summary>
public sealed record TimelineView(string Summary, HtmlFragment Chart);

/// <param name="Summary">A sentence that states the values (one value once; a spread as lowest to highest).</param>
/// <param name="Chart">The chart (<see cref="ValueChart"/>), or null where a picture would add nothing.</param>
public sealed record QuantityView(string Label, string? Unit, string Summary, HtmlFragment? Chart);

/// <summary>The passages of one source that state a claim, shown together under the source's name.</summary>
public sealed record SourceGroupView(SourceSummaryView Source, IReadOnlyList<AnnotationView> Appearances);

public sealed record RelatedClaimView(ClaimSummaryView Claim, string Relation, HtmlFragment? NoteHtml, bool Incoming);

public sealed record ReviewView(string Rating, string Author, string Date, HtmlFragment RationaleHtml);

/// <summary>A topic: its id (<see cref="Topic"/>, for anchors) and its name for readers (<see cref="Title"/>).</summary>
public sealed record TopicView(string Topic, string Title, string Url, IReadOnlyList<ClaimSummaryView> Claims);

public sealed record TagView(string Tag, string Url, IReadOnlyList<SourceSummaryView> Sources, IReadOnlyList<ClaimSummaryView> Claims);
