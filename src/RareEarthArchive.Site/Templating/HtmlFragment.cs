namespace RareEarthArchive.Site.Templating;

/// <summary>
/// HTML that the generator made and vouches for (rendered Markdown with raw HTML disabled, an SVG chart).
/// Templates write it as is; every other value is HTML-escaped. Contributor text never becomes one directly.
/// </summary>
public sealed record HtmlFragment(string Html)
{
    public static HtmlFragment Empty { get; } = new("");

    public override string ToString() => Html;
}
