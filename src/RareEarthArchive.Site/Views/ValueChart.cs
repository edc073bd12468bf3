using System.Globalization;
using System.Text;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Site.Templating;

namespace RareEarthArchive.Site.Views;

/// <summary>
/// The values sources give for a quantity claim: a sentence that states them, and where a picture helps, a chart
/// made at build time (no script, no external file). The rules that keep it honest:
/// <list type="bullet">
///   <item>One value is stated once, as one value: no chart of a single bar, no "from 90% to 90%".</item>
///   <item>Shares (a unit starting with <c>%</c>) are bars on the whole 0–100% scale, so a bar's length is its
///   share. Other amounts are bars from zero to a round number above the largest.</item>
///   <item>Ranks are not amounts: they are listed, never drawn as bars.</item>
///   <item>A bound or a range ("over 80%", "25–30%") is drawn as a solid bar to what is certain and a light
///   part for what is not, and labelled in the source's words.</item>
///   <item>Labels are HTML text beside the bars: they wrap instead of being clipped, keep the page's type size at
///   any width, and name the publisher with the date or title that tells two items of one publisher apart.</item>
///   <item>The text alternative is the chart itself: each row's label and value are text; the bars are hidden
///   from assistive technology because they say nothing the text does not.</item>
/// </list>
/// Coordinates are written with invariant formatting, so the bytes are deterministic.
/// </summary>
internal static class ValueChart
{
    /// <summary>Width of a bar's SVG in its own units: the scale maps onto 0..Span.</summary>
    private const double Span = 100;

    /// <summary>How much of the scale the light end of a bound ("over 80%", "nearly 90%") takes.</summary>
    private const double CueShare = 0.04;

    public static ChartResult Render(string claimId, string? unit, IReadOnlyList<ChartRow> rows)
    {
        if (rows.Count == 0)
        {
            return new ChartResult("No source gives a value for this quantity.", null);
        }
        var labels = Labels(rows);
        if (rows.Count == 1)
        {
            return new ChartResult($"Only one source gives a value: {labels[0].Plain} says {rows[0].Value.Text}.", null);
        }
        var distinct = rows.Select(r => r.Value.Text).Distinct(StringComparer.Ordinal).Count();
        // Who gives the values, counted as sources; one source may give several (dated) values.
        var sources = rows.Select(r => r.Source.Id).Distinct(StringComparer.Ordinal).Count();
        var who = sources == 1 ? $"One source gives {rows.Count} values" : sources == rows.Count ? $"{rows.Count} sources give values" : $"{sources} sources give {rows.Count} values";
        var summary = distinct == 1
            ? (sources == 1 ? $"One source gives the same value {rows.Count} times: {rows[0].Value.Text}." : $"{sources} sources give the same value: {rows[0].Value.Text}.")
            : $"{who}, from {Lowest(rows).Value.Text} to {Highest(rows).Value.Text}.";
        var kind = ScaleKindOf(unit);
        var top = kind switch
        {
            ScaleKind.Share => Math.Max(100, rows.Max(r => r.Value.High)),
            ScaleKind.Amount => RoundUp(rows.Max(r => r.Value.High)),
            _ => 0,
        };

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"value-chart scale-{kind.ToString().ToLowerInvariant()}\" id=\"chart-{Html.Escape(claimId)}\">");
        html.Append("<ol>");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"row stance-{Html.Escape(row.Stance)}\">");
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"label\">{labels[i].Html}</span>");
            html.Append("<span class=\"bar\">");
            if (kind != ScaleKind.Rank && top > 0)
            {
                html.Append(Bar(row.Value, top));
            }
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"amount\">{Html.Escape(row.Value.Text)}</span></span></li>");
        }
        html.Append("</ol>");
        if (kind != ScaleKind.Rank && top > 0)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<p class=\"axis\" aria-hidden=\"true\"><span></span><span><span>{Html.Escape(Formatting.WithUnit(0, unit))}</span><span>{Html.Escape(Formatting.WithUnit(top, unit))}</span></span></p>");
            var note = kind == ScaleKind.Share
                ? "Bars run from 0% to 100%."
                : $"Bars run from zero to {Formatting.WithUnit(top, unit)}.";
            if (rows.Any(r => r.Value.Low < r.Value.High || r.Value.Cue != Cue.None))
            {
                note += " A light end marks a bound or a range: the figure is not exact.";
            }
            html.Append(CultureInfo.InvariantCulture, $"<figcaption>{Html.Escape(note)}</figcaption>");
        }
        else
        {
            html.Append("<figcaption>Ranks are listed, not drawn: a rank is a position, not an amount.</figcaption>");
        }
        html.Append("</figure>");
        return new ChartResult(summary, html.ToString());
    }

    /// <summary>How a unit is drawn: shares on 0–100%, ranks as a list, anything else as an amount from zero.</summary>
    public static ScaleKind ScaleKindOf(string? unit) =>
        unit is { Length: > 0 } && unit[0] == '%' ? ScaleKind.Share
        : string.Equals(unit, "rank", StringComparison.Ordinal) ? ScaleKind.Rank
        : ScaleKind.Amount;

    private static string Bar(ChartValue value, double top)
    {
        string X(double v) => Math.Round(Math.Clamp(v, 0, top) / top * Span, 2).ToString("0.##", CultureInfo.InvariantCulture);
        // A bound's light stretch is a fixed share of the scale: it says "not exact", not by how much.
        var cue = top * CueShare;
        var (solid, openFrom, openTo) = value.Cue switch
        {
            Cue.More => (value.Low, value.Low, value.Low + cue),
            Cue.JustUnder => (Math.Max(0, value.High - cue), Math.Max(0, value.High - cue), value.High),
            Cue.Around => (Math.Max(0, value.Low - (cue / 2)), Math.Max(0, value.Low - (cue / 2)), value.Low + (cue / 2)),
            _ => (value.Low, value.Low, value.High),
        };
        var svg = new StringBuilder();
        svg.Append("<svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">");
        svg.Append("<rect class=\"track\" width=\"100\" height=\"10\"></rect>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"solid\" width=\"{X(solid)}\" height=\"10\"></rect>");
        if (openTo > openFrom)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"open\" x=\"{X(openFrom)}\" width=\"{X(Math.Min(openTo, top) - openFrom)}\" height=\"10\"></rect>");
        }
        svg.Append("<line class=\"tick\" x1=\"50\" x2=\"50\" y1=\"0\" y2=\"10\" vector-effect=\"non-scaling-stroke\"></line>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Each row's label: the publisher, then the date (or "as of" when the value is dated), with the title where two sources would read the same.</summary>
    private static IReadOnlyList<SourceLabel> Labels(IReadOnlyList<ChartRow> rows) =>
        SourceLabels.Of([.. rows.Select(r => (r.Source, string.Join(", ", new[] { r.Source.Published, r.AsOf is null ? null : "as of " + r.AsOf }.OfType<string>())))]);

    private static ChartRow Lowest(IReadOnlyList<ChartRow> rows) => rows.MinBy(r => (r.Value.Low + r.Value.High) / 2)!;

    private static ChartRow Highest(IReadOnlyList<ChartRow> rows) => rows.MaxBy(r => (r.Value.Low + r.Value.High) / 2)!;

    /// <summary>The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above <paramref name="value"/>: a scale end a reader can read.</summary>
    internal static double RoundUp(double value)
    {
        if (value <= 0)
        {
            return 1;
        }
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}

internal enum ScaleKind
{
    Share,
    Amount,
    Rank,
}

/// <summary>
/// A value as a source gives it: <see cref="Low"/>..<see cref="High"/> on the scale (equal for an exact value or
/// a bound), its words, and for a bound the <see cref="Cue"/> the bar ends with.
/// </summary>
internal sealed record ChartValue(double Low, double High, string Text, Cue Cue = Cue.None)
{
    public static ChartValue Of(QuantityValue value, string? unit)
    {
        var text = Formatting.Value(value, unit);
        var n = value.Number;
        return value.Qualifier switch
        {
            ValueQualifier.Range => new(n, value.Max ?? n, text),
            // "Less than 10%": nothing below the bound is certain, so the whole bar is light.
            ValueQualifier.Under or ValueQualifier.AtMost => new(0, n, text),
            ValueQualifier.Over or ValueQualifier.AtLeast => new(n, n, text, Cue.More),
            ValueQualifier.Nearly => new(n, n, text, Cue.JustUnder),
            ValueQualifier.About => new(n, n, text, Cue.Around),
            _ => new(n, n, text),
        };
    }
}

/// <summary>How a bar ends when its value is a bound: a light stretch past it, just before it, or around it.</summary>
internal enum Cue
{
    None,
    More,
    JustUnder,
    Around,
}

/// <summary>One source's value in a chart, with what labels it.</summary>
internal sealed record ChartRow(SourceSummaryView Source, ChartValue Value, string Stance, string? AsOf);

/// <summary>The sentence that states the values, and the chart when one is drawn.</summary>
internal sealed record ChartResult(string Summary, string? Html);
