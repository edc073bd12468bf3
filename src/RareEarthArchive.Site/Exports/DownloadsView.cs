using System.Globalization;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Site.Routing;

namespace RareEarthArchive.Site.Exports;

/// <summary>What the downloads page lists: each export with its format, licence note and size.</summary>
public sealed record DownloadsView(IReadOnlyList<DownloadView> Files, DownloadView PerPageCitations)
{
    public static DownloadsView Create(SiteModel site, SiteUrls urls)
    {
        var files = DataCatalog.SiteWide(site, urls).Select(e => new DownloadView(
            e.Title, urls.BasePath + e.Path, e.Path, e.Format, e.MediaType, e.Description, e.Licence, Size(e.Content.Length), e.Content.Length)).ToList();
        var perPage = DataCatalog.PerPage(site, urls);
        var bytes = perPage.Sum(e => e.Content.Length);
        var citations = new DownloadView("Per-page citations", "", "sources/<id>/cite.bib, claims/<id>/cite.json, …", "BibTeX and CSL-JSON",
            "application/x-bibtex, application/vnd.citationstyles.csl+json",
            $"{perPage.Count} files: a cite.bib and a cite.json beside each source and claim page, linked from its “Cite this” box.",
            DataCatalog.AnnotationsLicence, Size(bytes), bytes);
        return new DownloadsView(files, citations);
    }

    /// <summary>A size in bytes, kB or MB (1000s, as file managers show them), culture-invariant.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1000 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1000.0:0.0} kB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000_000.0:0.0} MB"),
    };
}

public sealed record DownloadView(string Title, string Url, string Path, string Format, string MediaType, string Description, string Licence, string Size, long Bytes);
