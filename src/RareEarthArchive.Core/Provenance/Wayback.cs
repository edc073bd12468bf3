using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Core.Provenance;

/// <summary>
/// Links to the Internet Archive's Wayback Machine in its plain form, <c>https://web.archive.org/web/&lt;timestamp&gt;/&lt;url&gt;</c>,
/// which redirects to the capture nearest the timestamp: nothing is requested at build time. The timestamp is as
/// precise as the archive date (<c>2025</c>, <c>202506</c>, <c>20250605</c>), which the Wayback Machine accepts.
/// </summary>
public static class Wayback
{
    public const string Prefix = "https://web.archive.org/web/";

    /// <summary>The capture link for <paramref name="url"/> nearest <paramref name="date"/>; the URL's own fragment is dropped (captures are of the page).</summary>
    public static string CaptureUrl(string url, PartialDate date)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var page = hash < 0 ? url : url[..hash];
        return Prefix + date.ToString().Replace("-", "", StringComparison.Ordinal) + "/" + page;
    }
}
