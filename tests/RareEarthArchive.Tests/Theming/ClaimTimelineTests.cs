using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Site.Views;

namespace RareEarthArchive.Tests.Theming;

/// <summary>The claim timeline: where <see cref="TimelineLayout"/> puts each appearance, and what <see cref="ClaimTimeline"/> writes.</summary>
public sealed class ClaimTimelineTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Fewer_than_two_dated_appearances_make_no_timeline()
    {
        Assert.Null(TimelineLayout.Plan([]));
        Assert.Null(TimelineLayout.Plan([Date("2025-07-04")]));
        Assert.Null(TimelineLayout.Plan([Date("2025-07-04"), null, null]));
        Assert.Null(ClaimTimeline.Render("c", [Row("A", "2025-07-04"), Row("B", null)], Stances));
    }

    [Fact]
    public void Points_sit_on_one_time_scale_from_the_earliest_to_the_latest_in_time_order()
    {
        // Days 0, 1 and 10 of the line: given out of order, plotted in time order.
        var plan = TimelineLayout.Plan([Date("2025-07-14"), Date("2025-07-04"), Date("2025-07-05")])!;

        Assert.Equal([1, 2, 0], plan.Points.Select(p => p.Appearance));
        Assert.Equal([0.0, 10.0, 100.0], plan.Points.Select(p => p.X));
        Assert.All(plan.Points, p => Assert.Equal((p.X, p.X), (p.SpanFrom, p.SpanTo)));
        Assert.Equal(("2025-07-04", "2025-07-14"), (plan.From.ToString(), plan.To.ToString()));
        Assert.False(plan.OneDate);
    }

    [Fact]
    public void The_first_appearance_is_marked_and_only_it()
    {
        var plan = TimelineLayout.Plan([Date("2025-07-05"), Date("2024-12-31"), Date("2025-07-04")])!;

        Assert.Equal([1], plan.Points.Where(p => p.First).Select(p => p.Appearance));
    }

    [Fact]
    public void Ties_share_a_place_keep_their_order_and_are_all_first_on_the_earliest_day()
    {
        var plan = TimelineLayout.Plan([Date("2025-07-05"), Date("2025-07-04"), Date("2025-07-04"), Date("2025-07-05")])!;

        Assert.Equal([1, 2, 0, 3], plan.Points.Select(p => p.Appearance));
        Assert.Equal([0.0, 0.0, 100.0, 100.0], plan.Points.Select(p => p.X));
        Assert.Equal([true, true, false, false], plan.Points.Select(p => p.First));
    }

    [Fact]
    public void Appearances_all_on_one_day_sit_in_the_middle_under_one_date()
    {
        var plan = TimelineLayout.Plan([Date("2025-07-04"), Date("2025-07-04")])!;

        Assert.Equal([50.0, 50.0], plan.Points.Select(p => p.X));
        Assert.True(plan.OneDate);
        Assert.All(plan.Points, p => Assert.True(p.First));
        var timeline = Figure(ClaimTimeline.Render("c", [Row("A", "2025-07-04"), Row("B", "2025-07-04")], Stances)!);
        Assert.Equal(["2025-07-04"], timeline.QuerySelectorAll(".axis span span").Select(s => s.TextContent));
    }

    [Fact]
    public void Undated_appearances_are_listed_but_not_plotted()
    {
        var plan = TimelineLayout.Plan([Date("2025-07-04"), null, Date("2025-07-05"), null])!;
        Assert.Equal([0, 2], plan.Points.Select(p => p.Appearance));
        Assert.Equal([1, 3], plan.Undated);

        var result = ClaimTimeline.Render("c", [Row("A", "2025-07-04"), Row("Undated one", null), Row("B", "2025-07-05"), Row("Undated two", null)], Stances)!;
        var timeline = Figure(result);
        Assert.Equal(2, timeline.QuerySelectorAll("ol.dated > li").Length);
        Assert.Equal(2, timeline.QuerySelectorAll("ol.dated .lane path.marker").Length);
        var undated = timeline.QuerySelectorAll("ul.undated > li");
        Assert.Equal(["Undated one no date", "Undated two no date"], undated.Select(li => li.QuerySelector("a")!.TextContent));
        Assert.All(undated, li => Assert.Empty(li.QuerySelectorAll(".lane")));
        Assert.EndsWith("2 passages from undated sources are listed after the line, not placed on it.", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_or_a_year_is_a_band_over_its_period_with_its_point_in_the_middle()
    {
        // 2025 runs over days 0..365 of the line; 2026-01-15 is day 379.5 (the middle of that day), the line's end.
        var plan = TimelineLayout.Plan([Date("2025"), Date("2026-01-15")])!;
        var year = plan.Points[0];
        Assert.Equal((48.09, 0.0, 96.18), (year.X, year.SpanFrom, year.SpanTo));
        Assert.Equal(100.0, plan.Points[1].X);
        Assert.Equal([true, false], plan.Points.Select(p => p.First));
        Assert.Equal(("2025", "2026-01-15"), (plan.From.ToString(), plan.To.ToString()));

        // A year does not certainly precede a day inside it: both are first.
        var inside = TimelineLayout.Plan([Date("2025-03-04"), Date("2025")])!;
        Assert.All(inside.Points, p => Assert.True(p.First));
        var timeline = Figure(ClaimTimeline.Render("c", [Row("A", "2025"), Row("B", "2026-01-15")], Stances)!);
        Assert.Single(timeline.QuerySelectorAll("rect.period"));
        Assert.Contains("band over that whole period", timeline.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_row_says_in_text_what_its_lane_shows()
    {
        var result = ClaimTimeline.Render("c", [Row("Wire", "2025-07-05", "disputes"), Row("Paper", "2025-07-04"), Row("Blog", null, "mentions")], Stances)!;
        var timeline = Figure(result);

        // The rows are the text alternative: date, source, stance and "first" are words; the lanes are hidden SVG without text.
        Assert.Equal(["Paper 2025-07-04 supports first", "Wire 2025-07-05 disputes"],
            timeline.QuerySelectorAll("ol.dated > li .label").Select(l => l.TextContent));
        Assert.All(timeline.QuerySelectorAll("svg"), svg => Assert.Equal("true", svg.Closest("[aria-hidden='true']")?.GetAttribute("aria-hidden")));
        Assert.Empty(timeline.QuerySelectorAll("svg text"));
        Assert.Equal("2 dated passages in 2 sources, from 2025-07-04 to 2025-07-05. First stated by Paper (2025-07-04). 1 passage from undated sources is listed after the line, not placed on it.", result.Summary);
        // Each label links to its passage on the page.
        Assert.Equal(["#from-paper-p", "#from-wire-p", "#from-blog-p"], timeline.QuerySelectorAll(".label > a").Select(a => a.GetAttribute("href")!));
    }

    [Fact]
    public void The_first_is_ringed_and_the_stance_is_a_shape_as_well_as_a_colour()
    {
        var rows = new[] { Row("A", "2025-01-01"), Row("B", "2025-02-01", "qualifies"), Row("C", "2025-03-01", "disputes"), Row("D", "2025-04-01", "mentions"), Row("E", "2025-05-01", "echoes") };
        var timeline = Figure(ClaimTimeline.Render("c", rows, Stances)!);
        var lanes = timeline.QuerySelectorAll("ol.dated > li").ToList();

        Assert.Equal(["first"], lanes.Select(li => li.ClassList.Contains("first") ? "first" : null).OfType<string>());
        Assert.Single(lanes[0].QuerySelectorAll("circle.ring"));
        Assert.All(lanes.Skip(1), li => Assert.Empty(li.QuerySelectorAll("circle.ring")));
        // Five stances, five different shapes (a stance outside the default vocabulary gets one of its own).
        var shapes = lanes.Select(li => li.QuerySelector(".lane path.marker")!.GetAttribute("d")).ToList();
        Assert.Equal(5, shapes.Distinct().Count());
        Assert.Equal(["stance-supports", "stance-qualifies", "stance-disputes", "stance-mentions", "stance-echoes"], lanes.Select(li => li.ClassList.First(c => c.StartsWith("stance-", StringComparison.Ordinal))));
        // The legend names each stance present, in the vocabulary's order, with its shape.
        var keys = timeline.QuerySelectorAll("figcaption .key").ToList();
        Assert.Equal(["supports", "disputes", "qualifies", "mentions", "echoes"], keys.Select(k => k.TextContent));
        var rowShape = lanes.ToDictionary(li => li.QuerySelector(".key")!.TextContent, li => li.QuerySelector(".lane path.marker")!.GetAttribute("d"));
        Assert.All(keys, k => Assert.Equal(rowShape[k.TextContent], k.QuerySelector("path")!.GetAttribute("d")));
    }

    [Fact]
    public void Positions_are_percentages_of_the_lane_and_the_markup_is_the_same_bytes_in_any_culture()
    {
        var rows = new[] { Row("A", "2025"), Row("B", "2026-01-15"), Row("C", "2025-08-09", "qualifies") };
        var invariant = ClaimTimeline.Render("c", rows, Stances)!.Html;
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, ClaimTimeline.Render("c", rows, Stances)!.Html);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
        var timeline = Figure(ClaimTimeline.Render("c", rows, Stances)!);
        Assert.Equal(["48.09%", "58.1%", "100%"], timeline.QuerySelectorAll("ol.dated .lane svg > svg").Select(s => s.GetAttribute("x")!));
    }

    [Fact]
    public void Several_passages_of_one_source_are_numbered()
    {
        var timeline = Figure(ClaimTimeline.Render("c", [Row("A", "2025-07-04"), Row("A", "2025-07-04"), Row("B", "2025-07-05")], Stances)!);

        Assert.Equal(["A 2025-07-04 (1)", "A 2025-07-04 (2)", "B 2025-07-05"], timeline.QuerySelectorAll(".label > a").Select(a => a.TextContent));
    }

    private static readonly string[] Stances = ["supports", "disputes", "qualifies", "mentions"];

    private static PartialDate? Date(string text) => PartialDate.TryParse(text, out var date) ? date : throw new ArgumentException(text);

    private static TimelineRow Row(string publisher, string? published, string stance = "supports")
    {
        var id = publisher.ToLowerInvariant().Replace(" ", "-", StringComparison.Ordinal);
        var source = new SourceSummaryView(id, "/s/", "A title", publisher, null, published, "news", null, null, "en", 1, []);
        return new TimelineRow(source, published is null ? null : Date(published), stance, $"#from-{id}-p");
    }

    private static IElement Figure(TimelineResult result) =>
        Parser.ParseDocument("<!DOCTYPE html><body>" + result.Html).QuerySelector("figure.claim-timeline")!;
}
