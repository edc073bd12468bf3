namespace RareEarthArchive.Site.Highlighting;

/// <summary>
/// A passage to mark in an archived body: <paramref name="Start"/> and <paramref name="Length"/>
/// are offsets into the body's <c>ReaderText</c> (as <c>QuoteAnchor</c> returns them).
/// <paramref name="AnchorId"/> becomes the <c>id</c> of the first <c>&lt;mark&gt;</c>, the
/// permalink target; <paramref name="Attributes"/> (e.g. <c>data-claim</c>, <c>title</c>,
/// <c>aria-describedby</c>) go on every piece of the mark. <paramref name="After"/>, when given, is a
/// link written right after the passage's last piece, so a reader can follow a passage to its note
/// without script.
/// </summary>
public sealed record Highlight(
    int Start,
    int Length,
    string AnchorId,
    string CssClass,
    IReadOnlyDictionary<string, string>? Attributes = null,
    HighlightLink? After = null)
{
    /// <summary>The reader-text offset just past the passage.</summary>
    public int End => Start + Length;
}
