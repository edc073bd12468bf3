using System.Collections.Immutable;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Site.Views;

/// <summary>
/// Where each appearance of a claim sits on the claim page's timeline, as numbers only (the markup is
/// <see cref="ClaimTimeline"/>'s). An appearance is dated by its source's <c>published</c> date: when the source
/// stated the claim. The rules:
/// <list type="bullet">
///   <item>Fewer than two dated appearances make no timeline: one point on a line says nothing its date does not.</item>
///   <item>A date is a period (a day, a month, a year). A point sits at the middle of its period; a month or a year
///   also gets a span over the whole period, so "2025" is never read as a precise day.</item>
///   <item>The line runs from the earliest to the latest point (a month or a year with its whole span), so the end
///   labels are dates a reader finds on the line. When every point is the same day, they all sit in the middle.</item>
///   <item>First is every appearance no other one certainly precedes (its period ends before this one's begins):
///   appearances on the earliest day are all first, and so is a "2025" beside a "2025-03-04".</item>
///   <item>Rows go in time order (ties keep the appearances' order); undated appearances are listed after them,
///   not plotted.</item>
/// </list>
/// Positions are percentages rounded to two decimals, so the markup is the same bytes on every machine.
/// </summary>
internal static class TimelineLayout
{
    public static TimelinePlan? Plan(IReadOnlyList<PartialDate?> dates)
    {
        var dated = dates.Select((date, i) => (Index: i, Date: date)).Where(x => x.Date is not null)
            .Select(x => new Period(x.Index, x.Date!)).ToList();
        if (dated.Count < 2)
        {
            return null;
        }
        var left = dated.Min(p => p.Exact ? p.Middle : p.Start);
        var right = dated.Max(p => p.Exact ? p.Middle : p.End);
        var width = right - left;
        double X(double day) => width == 0 ? 50 : Math.Round((day - left) / width * 100, 2);
        var points = dated
            .Select(p => new TimelinePoint(p.Index, p.Date, X(p.Middle), p.Exact ? X(p.Middle) : X(p.Start), p.Exact ? X(p.Middle) : X(p.End),
                First: !dated.Any(q => q.End <= p.Start)))
            .OrderBy(p => p.X).ThenBy(p => p.Appearance)
            .ToImmutableArray();
        var from = dated.Where(p => (p.Exact ? p.Middle : p.Start) == left).MinBy(p => p.Index)!.Date;
        var to = dated.Where(p => (p.Exact ? p.Middle : p.End) == right).MinBy(p => p.Index)!.Date;
        var undated = dates.Select((date, i) => (i, date)).Where(x => x.date is null).Select(x => x.i).ToImmutableArray();
        return new TimelinePlan(points, undated, from, to);
    }

    /// <summary>A dated appearance as days: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
    private sealed record Period(int Index, PartialDate Date)
    {
        public double Start => Date.Earliest.DayNumber;

        public double End => Date.Latest.DayNumber + 1;

        public double Middle => (Start + End) / 2;

        public bool Exact => Date.Day is not null;
    }
}

/// <summary>
/// One plotted appearance: its index among the claim's appearances, its date, where it sits (0–100, left to right)
/// and the span of its period (equal to <see cref="X"/> for a day), and whether it is (one of) the first.
/// </summary>
internal sealed record TimelinePoint(int Appearance, PartialDate Date, double X, double SpanFrom, double SpanTo, bool First);

/// <summary>The plotted points in time order, the undated appearances (indexes, in order), and the dates at the line's ends.</summary>
internal sealed record TimelinePlan(ImmutableArray<TimelinePoint> Points, ImmutableArray<int> Undated, PartialDate From, PartialDate To)
{
    /// <summary>The line's two ends have the same date (every point the same day, or the same month or year): one label.</summary>
    public bool OneDate => From == To;
}
