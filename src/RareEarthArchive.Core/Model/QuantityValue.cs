namespace RareEarthArchive.Core.Model;

/// <summary>
/// A claim annotation's value as the text gives it: a plain number (<c>value: 90</c>), or a number with the
/// text's qualifier (<c>value: {over: 80}</c>, <c>{nearly: 90}</c>, <c>{about: 60}</c>, <c>{under: 10}</c>,
/// <c>{min: 10}</c> for "at least", <c>{max: 10}</c> for "at most"), or a range (<c>value: {min: 25, max: 30}</c>).
/// </summary>
/// <param name="Number">The figure the text gives; the lower end of a range.</param>
/// <param name="Max">The upper end of a range, else null.</param>
public sealed record QuantityValue(double Number, ValueQualifier Qualifier = ValueQualifier.Exact, double? Max = null)
{
    /// <summary>The qualifier keys of the mapping form, as written in YAML, with what each means.</summary>
    public static readonly IReadOnlyList<(string Key, ValueQualifier Qualifier, string Meaning)> Keys =
    [
        ("about", ValueQualifier.About, "about, around, approximately, some"),
        ("nearly", ValueQualifier.Nearly, "nearly, almost, close to (just under)"),
        ("over", ValueQualifier.Over, "over, more than, above"),
        ("under", ValueQualifier.Under, "under, less than, below"),
        ("min", ValueQualifier.AtLeast, "at least, no less than; with max, the lower end of a range"),
        ("max", ValueQualifier.AtMost, "at most, up to, no more than; with min, the upper end of a range"),
    ];

    /// <summary>The key a qualifier is written with (null for a plain number and for a range, which uses min and max).</summary>
    public string? Key => Keys.FirstOrDefault(k => k.Qualifier == Qualifier).Key is { } key && Qualifier != ValueQualifier.Range ? key : null;
}

/// <summary>How a value relates to the figure the text gives.</summary>
public enum ValueQualifier
{
    Exact,
    About,
    Nearly,
    Over,
    Under,
    AtLeast,
    AtMost,
    Range,
}
