using System.Globalization;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Core.Provenance;

/// <summary>
/// Links to the Internet Archive's Wayback Machine in its plain form, <c>https://web.archive.org/web/&lt;timestamp&gt;/&lt;url&gt;</c>,
/// which redirects to the capture nearest the timestamp: nothing is requested at build time. The timestamp has all
/// fourteen digits (<c>YYYYMMDDhhmmss</c>, UTC), the Memento form every Wayback implementation reads the same way;
/// our dates are days, months or years, so it is the middle of that period (noon of a day), which no capture made
/// within the period is farther from than half of it.
/// </summary>
public static class Wayback
{
    public const string Prefix = "https://web.archive.org/web/";

    /// <summary>The capture link for <paramref name="url"/> nearest <paramref name="date"/>; the URL's own fragment is dropped (captures are of the page).</summary>
    public static string CaptureUrl(string url, PartialDate date)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var page = hash < 0 ? url : url[..hash];
        return Prefix + Timestamp(date) + "/" + page;
    }

    /// <summary>The middle of the date's period as a 14-digit timestamp: <c>2025-06-06</c> → <c>20250606120000</c>.</summary>
    public static string Timestamp(PartialDate date)
    {
        var start = date.Earliest.ToDateTime(TimeOnly.MinValue);
        var end = date.Latest.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return (start + ((end - start) / 2)).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
    }
}
