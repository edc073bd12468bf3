using System.Globalization;
using RareEarthArchive.Site.Templating;

namespace RareEarthArchive.Site.Views;

/// <summary>
/// How a chart row names its source: the publisher, then a detail (a date, "as of"); when rows of two different
/// sources would read the same, the title too, so two items of one publisher are told apart. The value chart and
/// the claim timeline label their rows this way.
/// </summary>
internal static class SourceLabels
{
    public static IReadOnlyList<SourceLabel> Of(IReadOnlyList<(SourceSummaryView Source, string Detail)> rows)
    {
        // Only rows of different sources need their titles: a source's own rows are told apart by their detail, if at all.
        var repeated = rows.GroupBy(r => (r.Source.Publisher, r.Detail))
            .Where(g => g.Select(r => r.Source.Id).Distinct(StringComparer.Ordinal).Count() > 1).Select(g => g.Key).ToHashSet();
        return [.. rows.Select(r =>
        {
            var withTitle = repeated.Contains((r.Source.Publisher, r.Detail));
            var secondary = string.Join(" · ", new[] { withTitle ? r.Source.Title : null, r.Detail.Length > 0 ? r.Detail : null }.OfType<string>());
            var plain = secondary.Length > 0 ? $"{r.Source.Publisher} ({secondary})" : r.Source.Publisher;
            var html = Html.Escape(r.Source.Publisher) + (secondary.Length > 0 ? $" <span class=\"meta\">{Html.Escape(secondary)}</span>" : "");
            return new SourceLabel(plain, html);
        })];
    }

    /// <summary>
    /// For each item, its number among the items of the same source (1, 2, … in list order), or null when its source
    /// has only this one: a source with several passages in a list names each "Name (n)" (<see cref="Numbered"/>).
    /// The claim timeline's rows and a claim's origin groups number their passages this way.
    /// </summary>
    public static IReadOnlyList<int?> PassageNumbers<T>(IReadOnlyList<T> items, Func<T, string> sourceId)
    {
        var counts = items.GroupBy(sourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. items.Select(item =>
        {
            var id = sourceId(item);
            if (counts[id] == 1)
            {
                return (int?)null;
            }
            seen[id] = seen.GetValueOrDefault(id) + 1;
            return seen[id];
        })];
    }

    /// <summary>"Name (n)" for a numbered passage, the name alone for a source's only one.</summary>
    public static string Numbered(string name, int? number) =>
        number is { } n ? string.Create(CultureInfo.InvariantCulture, $"{name} ({n})") : name;
}

/// <summary>A row's name for its source, as plain text (for sentences) and as HTML (publisher, then the detail in a <c>.meta</c> span).</summary>
internal sealed record SourceLabel(string Plain, string Html);
