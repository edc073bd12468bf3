namespace RareEarthArchive.Site.Highlighting;

/// <summary>
/// A link after a marked passage: <c>&lt;a class="{CssClass}" href="{Href}" aria-label="{Label}"&gt;&lt;/a&gt;</c>. It has
/// no text of its own (the theme draws it with CSS generated content), so copying the archived text copies
/// only the archived words.
/// </summary>
public sealed record HighlightLink(string Href, string Label, string CssClass = "note-ref");
