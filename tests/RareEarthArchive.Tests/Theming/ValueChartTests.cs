using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using RareEarthArchive.Site.Views;

namespace RareEarthArchive.Tests.Theming;

/// <summary>The chart rules of <see cref="ValueChart"/>, one test each, on the markup and the SVG it makes.</summary>
public sealed class ValueChartTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void One_value_is_stated_once_and_not_drawn_as_a_lone_bar()
    {
        var result = ValueChart.Render("c", "%", [Row("Honway", null, 90)]);
        Assert.Null(result.Html);
        Assert.Equal("Only one source gives a value: Honway says 90%.", result.Summary);
        Assert.Single(Occurrences(result.Summary, "90%"));
        Assert.DoesNotContain(" to ", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_value_from_several_sources_is_stated_once()
    {
        var result = ValueChart.Render("c", "%", [Row("A", "2025-01-01", 90), Row("B", "2025-02-01", 90)]);
        Assert.Equal("2 sources give the same value: 90%.", result.Summary);
    }

    [Fact]
    public void Values_are_counted_as_values_and_their_sources_as_sources()
    {
        var one = Source("Zaobao", "2025-07-01", "Behind the call");
        var rows = new[] { 90.0, 58, 50 }.Select((v, i) => new ChartRow(one, new ChartValue(v, v, v + "%"), "supports", (2010 + (i * 15)).ToString(CultureInfo.InvariantCulture))).ToList();
        var result = ValueChart.Render("c", "%", rows);
        Assert.Equal("One source gives 3 values, from 50% to 90%.", result.Summary);
        // One source's rows differ by date; its title would not tell them apart, so it is not repeated.
        Assert.All(Chart(result).QuerySelectorAll(".label"), l => Assert.DoesNotContain("Behind the call", l.TextContent, StringComparison.Ordinal));
        var mixed = ValueChart.Render("c", "%", [.. rows.Take(2), Row("Other", "2025-01-01", 70)]);
        Assert.Equal("2 sources give 3 values, from 58% to 90%.", mixed.Summary);
    }

    [Fact]
    public void Shares_are_bars_on_the_whole_zero_to_hundred_scale()
    {
        var result = ValueChart.Render("c", "%", [Row("A", "2025-01-01", 80), Row("B", "2025-02-01", 25)]);
        Assert.Equal("2 sources give values, from 25% to 80%.", result.Summary);
        var chart = Chart(result);
        Assert.Equal(["80", "25"], chart.QuerySelectorAll("rect.solid").Select(r => r.GetAttribute("width")!));
        // Each bar's track is the whole scale: the bar's length is its share of 100%.
        Assert.All(chart.QuerySelectorAll("svg"), svg => Assert.Equal("0 0 100 10", svg.GetAttribute("viewBox")));
        Assert.All(chart.QuerySelectorAll("rect.track"), t => Assert.Equal("100", t.GetAttribute("width")));
        Assert.Equal(["0%", "100%"], chart.QuerySelectorAll(".axis span span").Select(s => s.TextContent));
        Assert.Contains("0% to 100%", chart.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_are_bars_from_zero_to_a_round_number_above_the_largest()
    {
        var chart = Chart(ValueChart.Render("c", "years", [Row("A", "2025-01-01", 10, unit: "years"), Row("B", "2025-02-01", 15, unit: "years")]));
        // 15 years rounds the scale up to 20: 10 years is half of it, 15 three quarters.
        Assert.Equal(["50", "75"], chart.QuerySelectorAll("rect.solid").Select(r => r.GetAttribute("width")!));
        Assert.Equal(["0 years", "20 years"], chart.QuerySelectorAll(".axis span span").Select(s => s.TextContent));
        Assert.Equal(20, ValueChart.RoundUp(15));
        Assert.Equal(100, ValueChart.RoundUp(100));
        Assert.Equal(2.5, ValueChart.RoundUp(2.1));
    }

    [Fact]
    public void Ranks_are_listed_not_drawn_as_bars()
    {
        var result = ValueChart.Render("c", "rank", [Row("A", "2025-01-01", 3, unit: "rank"), Row("B", "2025-02-01", 5, unit: "rank")]);
        var chart = Chart(result);
        Assert.Empty(chart.QuerySelectorAll("svg"));
        Assert.Empty(chart.QuerySelectorAll(".axis"));
        Assert.Equal(["3rd", "5th"], chart.QuerySelectorAll(".amount").Select(a => a.TextContent));
        Assert.Contains("not an amount", chart.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2 sources give values, from 3rd to 5th.", result.Summary);
    }

    [Fact]
    public void A_range_or_a_bound_is_drawn_as_a_solid_part_and_a_light_part_and_said_in_words()
    {
        var rows = new[]
        {
            new ChartRow(Source("A", "2025-01-01"), new ChartValue(25, 30, "25–30%"), "supports", null),
            Row("B", "2025-02-01", 40),
        };
        var chart = Chart(ValueChart.Render("c", "%", rows));
        var first = chart.QuerySelectorAll("li.row")[0];
        Assert.Equal("25", first.QuerySelector("rect.solid")!.GetAttribute("width"));
        Assert.Equal(("25", "5"), (first.QuerySelector("rect.open")!.GetAttribute("x"), first.QuerySelector("rect.open")!.GetAttribute("width")));
        Assert.Equal("25–30%", first.QuerySelector(".amount")!.TextContent);
        Assert.Null(chart.QuerySelectorAll("li.row")[1].QuerySelector("rect.open"));
        Assert.Contains("not exact", chart.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_labels_are_kept_whole_as_text_that_wraps()
    {
        const string publisher = "Sou Hu Cai Jing, summarised by a finance aggregator with a very long name indeed";
        var chart = Chart(ValueChart.Render("c", "% of China's", [Row(publisher, "2025-07-04", 10, unit: "% of China's"), Row("B", "2025-07-05", 20, unit: "% of China's")]));
        var label = chart.QuerySelectorAll(".label")[0].TextContent;
        Assert.StartsWith(publisher, label, StringComparison.Ordinal);
        Assert.DoesNotContain("…", chart.TextContent, StringComparison.Ordinal);
        // Text lives in HTML (it wraps and keeps the page's size), never inside the SVG (which scales down).
        Assert.Empty(chart.QuerySelectorAll("svg text"));
    }

    [Fact]
    public void Two_items_of_one_publisher_are_told_apart()
    {
        const string publisher = "Sou Hu Cai Jing";
        var sameDay = ValueChart.Render("c", "%", [Row(publisher, "2025-07-04", 10, "First item"), Row(publisher, "2025-07-04", 20, "Second item")]);
        var labels = Chart(sameDay).QuerySelectorAll(".label").Select(l => l.TextContent).ToList();
        Assert.Equal(2, labels.Distinct().Count());
        Assert.Contains("First item", labels[0], StringComparison.Ordinal);
        Assert.Contains("Second item", labels[1], StringComparison.Ordinal);

        var otherDays = ValueChart.Render("c", "%", [Row(publisher, "2025-07-04", 10), Row(publisher, "2025-07-05", 20)]);
        Assert.Equal([$"{publisher} 2025-07-04", $"{publisher} 2025-07-05"], Chart(otherDays).QuerySelectorAll(".label").Select(l => l.TextContent));
    }

    [Fact]
    public void Units_are_printed_one_way_everywhere()
    {
        Assert.Equal("80%", Formatting.WithUnit(80, "%"));
        Assert.Equal("10% of China's", Formatting.WithUnit(10, "% of China's"));
        Assert.Equal("10 years", Formatting.WithUnit(10, "years"));
        Assert.Equal(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "rank 2.5"],
            new[] { 1, 2, 3, 4, 11, 12, 13, 21, 2.5 }.Select(n => Formatting.WithUnit(n, "rank")));
        var chart = Chart(ValueChart.Render("c", "% of China's", [Row("A", "2025-01-01", 10, unit: "% of China's"), Row("B", "2025-02-01", 20, unit: "% of China's")]));
        Assert.Equal(["10% of China's", "20% of China's"], chart.QuerySelectorAll(".amount").Select(a => a.TextContent));
    }

    [Fact]
    public void The_text_alternative_says_what_the_picture_shows()
    {
        var rows = new[] { Row("Honway", null, 80), Row("Sohu", "2025-07-04", 90, asOf: "2024") };
        var chart = Chart(ValueChart.Render("c", "%", rows));
        // The bars are decoration for assistive technology: every row says its source and value in text.
        Assert.All(chart.QuerySelectorAll("svg"), svg => Assert.Equal("true", svg.GetAttribute("aria-hidden")));
        var texts = chart.QuerySelectorAll("li.row").Select(r => r.TextContent).ToList();
        Assert.Equal(["Honway80%", "Sohu 2025-07-04, as of 202490%"], texts);
        // One bar per row, in the rows' order, each as long as the value its row states.
        var widths = chart.QuerySelectorAll("li.row").Select(r => double.Parse(r.QuerySelector("rect.solid")!.GetAttribute("width")!, CultureInfo.InvariantCulture));
        Assert.Equal([80.0, 90.0], widths);
    }

    private static ChartRow Row(string publisher, string? published, double value, string title = "A title", string? asOf = null, string unit = "%") =>
        new(Source(publisher, published, title), new ChartValue(value, value, Formatting.WithUnit(value, unit)), "supports", asOf);

    private static SourceSummaryView Source(string publisher, string? published, string title = "A title") =>
        new((publisher + " " + title + " " + published).ToLowerInvariant().Replace(" ", "-", StringComparison.Ordinal), "/s/", title, publisher, null, published, "news", null, null, "en", 1, []);

    private static IElement Chart(ChartResult result)
    {
        Assert.NotNull(result.Html);
        var document = Parser.ParseDocument("<!DOCTYPE html><body>" + result.Html);
        return document.QuerySelector("figure.value-chart")!;
    }

    private static IEnumerable<int> Occurrences(string text, string part)
    {
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
