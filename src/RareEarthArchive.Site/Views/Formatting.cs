using System.Globalization;
using RareEarthArchive.Core.Markdown;
using RareEarthArchive.Site.Templating;

namespace RareEarthArchive.Site.Views;

/// <summary>Culture-invariant formatting of the values pages show.</summary>
internal static class Formatting
{
    /// <summary>A number as the contributor would write it: 3, 87.5, 0.25 (never a culture's decimal comma).</summary>
    public static string Number(double value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>A value with its unit: "90%" for percentages, "37 billion USD" for words.</summary>
    public static string WithUnit(double value, string? unit) => unit switch
    {
        null or "" => Number(value),
        "%" => Number(value) + "%",
        _ => $"{Number(value)} {unit}",
    };

    /// <summary>Contributor Markdown (raw HTML disabled, unsafe links removed) as a block.</summary>
    public static HtmlFragment Block(string markdown) => new(ContributorMarkdown.ToHtml(markdown));

    /// <summary>Contributor Markdown as inline HTML, or null for no text.</summary>
    public static HtmlFragment? Inline(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : new HtmlFragment(ContributorMarkdown.ToInlineHtml(markdown));
}
