using System.Globalization;
using RareEarthArchive.Core.Markdown;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Site.Templating;

namespace RareEarthArchive.Site.Views;

/// <summary>Culture-invariant formatting of the values pages show.</summary>
internal static class Formatting
{
    /// <summary>A number as the contributor would write it: 3, 87.5, 0.25 (never a culture's decimal comma).</summary>
    public static string Number(double value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>
    /// A value with its unit, spelled one way everywhere: "90%" and "10% of China's" (a unit starting with
    /// <c>%</c> follows the number without a space), "3rd" for a rank, "37 billion USD" for words.
    /// </summary>
    public static string WithUnit(double value, string? unit) => unit switch
    {
        null or "" => Number(value),
        "rank" => Ordinal(value),
        _ when unit[0] == '%' => Number(value) + unit,
        _ => $"{Number(value)} {unit}",
    };

    /// <summary>
    /// A value in the text's words, its unit spelled as <see cref="WithUnit"/> does: "over 80%", "nearly 90%",
    /// "less than 10% of China's", "at least 10 years", "25–30%", "3rd–5th".
    /// </summary>
    public static string Value(QuantityValue value, string? unit) => value.Qualifier switch
    {
        ValueQualifier.About => "about " + WithUnit(value.Number, unit),
        ValueQualifier.Nearly => "nearly " + WithUnit(value.Number, unit),
        ValueQualifier.Over => "over " + WithUnit(value.Number, unit),
        ValueQualifier.Under => "less than " + WithUnit(value.Number, unit),
        ValueQualifier.AtLeast => "at least " + WithUnit(value.Number, unit),
        ValueQualifier.AtMost => "at most " + WithUnit(value.Number, unit),
        ValueQualifier.Range => (unit == "rank" ? Ordinal(value.Number) : Number(value.Number)) + "–" + WithUnit(value.Max ?? value.Number, unit),
        _ => WithUnit(value.Number, unit),
    };

    /// <summary>1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st; a rank that is not a whole number keeps its digits.</summary>
    public static string Ordinal(double value)
    {
        if (value != Math.Floor(value) || value < 1)
        {
            return "rank " + Number(value);
        }
        var n = (long)value;
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return Number(value) + suffix;
    }

    /// <summary>Names in a sentence: "A", "A and B", "A, B and C".</summary>
    public static string And(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    /// <summary>Contributor Markdown (raw HTML disabled, unsafe links removed) as a block.</summary>
    public static HtmlFragment Block(string markdown) => new(ContributorMarkdown.ToHtml(markdown));

    /// <summary>Contributor Markdown as inline HTML, or null for no text.</summary>
    public static HtmlFragment? Inline(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : new HtmlFragment(ContributorMarkdown.ToInlineHtml(markdown));
}
