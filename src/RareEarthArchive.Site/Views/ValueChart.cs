using RareEarthArchive.Site.Outputs;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Site.Templating;

namespace RareEarthArchive.Site.Views;

/// <summary>
/// The values sources give for a quantity claim, as an inline SVG bar chart made at build time (no script,
/// no external file). Coordinates are written with invariant formatting, so the bytes are deterministic.
/// </summary>
internal static class ValueChart
{
    private const int Width = 640;
    private const int LabelWidth = 250;
    private const int ValueWidth = 80;
    private const int RowHeight = 30;
    private const int BarHeight = 18;
    private const int Top = 8;

    public static string Render(Claim claim, IReadOnlyList<Appearance> withValues, FrozenDictionary<string, SourceSummaryView> sources)
    {
        if (withValues.Count == 0)
        {
            return "";
        }
        var unit = claim.Quantity?.Unit;
        var max = withValues.Max(a => a.Annotation.Annotation.Value!.Value);
        // Percentages are drawn on their natural 0–100 scale so that bars of different claims compare.
        var scale = unit == "%" ? Math.Max(100, max) : max;
        var barSpace = Width - LabelWidth - ValueWidth;
        var height = Top * 2 + (withValues.Count * RowHeight);
        var label = claim.Quantity?.Label ?? claim.Statement;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"value-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"chart-title-{claim.Id}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title-{claim.Id}\">{XmlText.Escape(label)}: the value each source gives</title>");
        for (var i = 0; i < withValues.Count; i++)
        {
            var appearance = withValues[i];
            var value = appearance.Annotation.Annotation.Value!.Value;
            var source = sources[appearance.SourceId];
            var y = Top + (i * RowHeight);
            var barWidth = scale <= 0 ? 0 : Math.Max(1, Math.Round(barSpace * Math.Max(0, value) / scale, 1));
            var asOf = appearance.Annotation.Annotation.AsOf;
            var name = asOf is not null ? $"{source.Publisher}, as of {asOf}"
                : source.Published is null ? source.Publisher : $"{source.Publisher} ({source.Published})";
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"stance-{XmlText.Escape(appearance.Annotation.Annotation.Stance)}\">");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 8}\" y=\"{y + 14}\" text-anchor=\"end\">{XmlText.Escape(Shorten(name, 34))}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{LabelWidth}\" y=\"{y + 1}\" width=\"{barWidth.ToString("0.#", CultureInfo.InvariantCulture)}\" height=\"{BarHeight}\" rx=\"2\"><title>{XmlText.Escape(name)}: {XmlText.Escape(Formatting.WithUnit(value, unit))}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{(LabelWidth + barWidth + 6).ToString("0.#", CultureInfo.InvariantCulture)}\" y=\"{y + 14}\">{XmlText.Escape(Formatting.WithUnit(value, unit))}</text>");
            svg.Append("</g>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
