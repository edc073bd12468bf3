using System.Globalization;
using System.Text;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Core.Text;
using RareEarthArchive.Site.Templating;

namespace RareEarthArchive.Site.Views;

/// <summary>
/// The claim page's timeline, made at build time (no script): when each source stated the claim, placed by
/// <see cref="TimelineLayout"/>. How it stays readable:
/// <list type="bullet">
///   <item>One row per passage: its label is HTML text (date, source, stance, "first"), so it wraps and keeps the
///   page's type size at any width; the rows are an ordered list, which is the text alternative a screen reader
///   reads. The lanes beside them are SVG, hidden from assistive technology because they say nothing the text does not.</item>
///   <item>Every lane is the same time scale. Positions are percentages of the lane's width and sizes are pixels, so
///   the line stretches to the page (320 px to a desktop) and the markers keep their shape.</item>
///   <item>A stance is a shape and a colour (filled circle supports, diamond qualifies, cross disputes, hollow square
///   mentions, hollow circle for any other stance), so it never rests on colour alone; a ring marks the first.</item>
///   <item>Undated passages are listed after the line ("no date"), not placed on it.</item>
/// </list>
/// </summary>
internal static class ClaimTimeline
{
    /// <summary>Marker shapes, centred on 0,0, about 14 px across: a shape per stance of the default vocabulary.</summary>
    private static readonly Dictionary<string, string> Shapes = new(StringComparer.Ordinal)
    {
        ["supports"] = "M-6 0a6 6 0 1 0 12 0a6 6 0 1 0-12 0Z",
        ["qualifies"] = "M0-7L7 0L0 7L-7 0Z",
        ["disputes"] = "M-6-3.5L-3.5-6L0-2.5L3.5-6L6-3.5L2.5 0L6 3.5L3.5 6L0 2.5L-3.5 6L-6 3.5L-2.5 0Z",
        ["mentions"] = "M-5-5H5V5H-5Z",
    };

    /// <summary>The shape of a stance the default vocabulary does not have: a hollow circle.</summary>
    private const string OtherShape = "M-5.5 0a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0Z";

    /// <summary>The timeline of <paramref name="rows"/> (one per appearance, in the page's order), or null where fewer than two are dated.</summary>
    /// <param name="stances">The site's stances in vocabulary order: the order the legend names them.</param>
    public static TimelineResult? Render(string claimId, IReadOnlyList<TimelineRow> rows, IReadOnlyList<string> stances)
    {
        if (TimelineLayout.Plan([.. rows.Select(r => r.Date)]) is not { } plan)
        {
            return null;
        }
        var names = SourceLabels.Of([.. rows.Select(r => (r.Source, r.Date?.ToString() ?? "no date"))]);
        var labels = Numbered(rows, names);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"claim-timeline\" id=\"timeline-{Html.Escape(claimId)}\">");
        html.Append("<ol class=\"dated\">");
        foreach (var point in plan.Points)
        {
            var row = rows[point.Appearance];
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"row stance-{Html.Escape(row.Stance)}{(point.First ? " first" : "")}\">");
            Label(html, row, labels[point.Appearance], point.First);
            html.Append("<span class=\"lane\"><svg aria-hidden=\"true\" focusable=\"false\">");
            html.Append("<line class=\"track\" x1=\"0\" x2=\"100%\" y1=\"50%\" y2=\"50%\"></line>");
            if (point.SpanTo > point.SpanFrom)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"period\" x=\"{Percent(point.SpanFrom)}\" width=\"{Percent(point.SpanTo - point.SpanFrom)}\" y=\"30%\" height=\"40%\" rx=\"3\"></rect>");
            }
            if (point.First)
            {
                html.Append(CultureInfo.InvariantCulture, $"<circle class=\"ring\" cx=\"{Percent(point.X)}\" cy=\"50%\" r=\"10.5\"></circle>");
            }
            html.Append(CultureInfo.InvariantCulture, $"<svg x=\"{Percent(point.X)}\" y=\"50%\" overflow=\"visible\"><path class=\"marker\" d=\"{ShapeOf(row.Stance)}\"></path></svg>");
            html.Append("</svg></span></li>");
        }
        html.Append("</ol>");
        html.Append(plan.OneDate
            ? $"<p class=\"axis one-date\" aria-hidden=\"true\"><span></span><span><span>{Html.Escape(plan.From.ToString())}</span></span></p>"
            : $"<p class=\"axis\" aria-hidden=\"true\"><span></span><span><span>{Html.Escape(plan.From.ToString())}</span><span>{Html.Escape(plan.To.ToString())}</span></span></p>");
        if (plan.Undated.Length > 0)
        {
            html.Append("<p class=\"undated-note\">Not on the line, because their source gives no date:</p><ul class=\"undated\">");
            foreach (var index in plan.Undated)
            {
                var row = rows[index];
                html.Append(CultureInfo.InvariantCulture, $"<li class=\"stance-{Html.Escape(row.Stance)}\">");
                Label(html, row, labels[index], first: false);
                html.Append("</li>");
            }
            html.Append("</ul>");
        }
        html.Append("<figcaption>Each row is a passage, placed at the date its source was published. The stance is shown by shape and colour: ");
        var present = stances.Where(s => rows.Any(r => r.Stance == s)).Concat(rows.Select(r => r.Stance).Where(s => !stances.Contains(s)).Distinct(StringComparer.Ordinal));
        html.Append(string.Join(", ", present.Select(s => $"<span class=\"key stance-{Html.Escape(s)}\">{Glyph(s)}{Html.Escape(s)}</span>")));
        html.Append("; a ring marks the first.");
        if (plan.Points.Any(p => p.SpanTo > p.SpanFrom))
        {
            html.Append(" A date known only to the month or the year is a band over that whole period.");
        }
        html.Append("</figcaption></figure>");
        return new TimelineResult(Summary(rows, plan, names), html.ToString());
    }

    /// <summary>
    /// The sentence above the timeline: how many dated passages in how many sources, over which dates, who stated the
    /// claim first, and how many passages have no date.
    /// </summary>
    private static string Summary(IReadOnlyList<TimelineRow> rows, TimelinePlan plan, IReadOnlyList<SourceLabel> names)
    {
        var sources = plan.Points.Select(p => rows[p.Appearance].Source.Id).Distinct(StringComparer.Ordinal).Count();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{plan.Points.Length} dated passages in {Plural.Count(sources, "source")}");
        text.Append(plan.OneDate ? $", all from {plan.From}. " : $", from {plan.From} to {plan.To}. ");
        var first = plan.Points.Where(p => p.First).Select(p => names[p.Appearance].Plain).Distinct(StringComparer.Ordinal).ToList();
        text.Append(CultureInfo.InvariantCulture, $"First stated by {Formatting.And(first)}.");
        if (plan.Undated.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture,
                $" {Plural.Count(plan.Undated.Length, "passage")} from undated sources {Plural.Word(plan.Undated.Length, "is", "are")} listed after the line, not placed on it.");
        }
        return text.ToString();
    }

    /// <summary>The rows' source names (publisher, date, a title where needed), a source's several passages numbered as the origin list numbers them.</summary>
    private static IReadOnlyList<SourceLabel> Numbered(IReadOnlyList<TimelineRow> rows, IReadOnlyList<SourceLabel> labels)
    {
        var numbers = SourceLabels.PassageNumbers(rows, r => r.Source.Id);
        return [.. labels.Select((l, i) => numbers[i] is { } n
            ? new SourceLabel(SourceLabels.Numbered(l.Plain, n), SourceLabels.Numbered(l.Html, n))
            : l)];
    }

    private static void Label(StringBuilder html, TimelineRow row, SourceLabel label, bool first)
    {
        // The source on one line, the stance (and "first") on the next, so rows keep one shape at any width.
        html.Append(CultureInfo.InvariantCulture, $"<span class=\"label\"><a href=\"{Html.Escape(row.Target)}\">{label.Html}</a> ");
        html.Append(CultureInfo.InvariantCulture, $"<span class=\"stance-line\"><span class=\"key stance-{Html.Escape(row.Stance)}\">{Glyph(row.Stance)}{Html.Escape(row.Stance)}</span>");
        if (first)
        {
            html.Append(" <span class=\"first-label\">first</span>");
        }
        html.Append("</span></span>");
    }

    /// <summary>The stance's marker at text size, beside its name in a label or the legend.</summary>
    private static string Glyph(string stance) =>
        $"<svg class=\"glyph\" viewBox=\"-8 -8 16 16\" aria-hidden=\"true\" focusable=\"false\"><path class=\"marker\" d=\"{ShapeOf(stance)}\"></path></svg>";

    private static string ShapeOf(string stance) => Shapes.GetValueOrDefault(stance, OtherShape);

    private static string Percent(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}

/// <summary>One appearance on the timeline: its source, its date (the source's <c>published</c>), its stance and the page anchor of its passage.</summary>
internal sealed record TimelineRow(SourceSummaryView Source, PartialDate? Date, string Stance, string Target);

/// <summary>The sentence that states the dates, and the timeline's markup.</summary>
internal sealed record TimelineResult(string Summary, string Html);
