using System.Globalization;

namespace RareEarthArchive.Core.Model;

/// <summary>An ISO 8601 date known to the year, the month or the day (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>).</summary>
public sealed record PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    public static bool TryParse(string text, out PartialDate? date)
    {
        date = null;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            return false;
        }
        if (!parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return false;
        }
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        if (year < 1 || month is < 1 or > 12)
        {
            return false;
        }
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))
        {
            return false;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>The ISO text, as written in content.</summary>
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };

    /// <summary>A date for feeds and sitemaps, at the start of the known period.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day of the known period: the day itself, the month's last day, or 31 December.</summary>
    public DateOnly Latest => Day is not null ? Earliest : Month is not null ? Earliest.AddMonths(1).AddDays(-1) : Earliest.AddYears(1).AddDays(-1);

    public int CompareTo(PartialDate? other) =>
        other is null ? 1 : (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));
}
