namespace RareEarthArchive.Site.Search;

/// <summary>
/// What the search page shows for one result, keyed by the index ref in search/display.json. The index itself
/// only knows refs; everything a result needs to be drawn and filtered is here.
/// </summary>
/// <param name="Type"><c>source</c>, <c>claim</c> or <c>annotation</c>.</param>
/// <param name="Title">The result's heading: source title, claim statement, or the title of the passage's source.</param>
/// <param name="Url">Relative to the site root (no leading '/'): the page prefixes its base path.</param>
/// <param name="Meta">A short second line: publisher and date; topic and counts; stance and claim.</param>
/// <param name="Text">The snippet source, at most <see cref="SiteSearchDocuments.SnippetLength"/> characters.</param>
/// <param name="Language">BCP 47 tag of <paramref name="Title"/> and <paramref name="Text"/>.</param>
/// <param name="Kinds">Source kinds for the kind filter: the source's own; the kinds of a claim's sources; a passage's source's.</param>
/// <param name="Stances">Stances for the stance filter: a source's annotations'; a claim's tally; a passage's own.</param>
/// <param name="Body">The rest of the indexed text, for phrase matching and snippets from the part that matched: a source's
/// text or a claim's commentary (published as a file of its own, <c>search/text/HASH.json</c>, fetched only for results
/// shown or checked), a passage's note (inline, it is short).</param>
/// <param name="BodyInline">True when <paramref name="Body"/> is written into the display entry itself.</param>
public sealed record SearchDisplayEntry(
    string Type,
    string Title,
    string Url,
    string Meta,
    string Text,
    string Language,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Stances,
    string Body = "",
    bool BodyInline = false);
