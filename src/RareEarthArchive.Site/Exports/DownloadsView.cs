using System.Globalization;
using RareEarthArchive.Site.Outputs;
using RareEarthArchive.Site.Routing;

namespace RareEarthArchive.Site.Exports;

/// <summary>What the downloads page lists: each export with its format and size, and one licence note for them all.</summary>
public sealed record DownloadsView(IReadOnlyList<DownloadView> Files, DownloadView PerPageCitations)
{
    /// <summary>The page's one licence note (<see cref="Licences"/>).</summary>
    public LicenceNote Licence { get; } = new(Licences.Quotes, Licences.AnnotationsName, Licences.AnnotationsUrl);

    /// <summary>The listing of the files the producers made (in their order), with their real sizes.</summary>
    public static DownloadsView Create(IEnumerable<ProducedFile> produced, SiteUrls urls)
    {
        var listed = produced.Where(f => f.Listing is not null).ToList();
        var files = listed.Where(f => !f.Listing!.PerPage).Select(f => new DownloadView(
            f.Listing!.Title, urls.BasePath + f.Path, f.Path, f.Listing.Format, f.Listing.MediaType, f.Listing.Description, f.Listing.Licence,
            Size(f.Length), f.Length)).ToList();
        var perPage = listed.Where(f => f.Listing!.PerPage).ToList();
        var bytes = perPage.Sum(f => f.Length);
        var citations = new DownloadView("Citation of one page", "", "sources/<id>/cite.bib, claims/<id>/cite.json, …", "BibTeX, CSL-JSON",
            "application/x-bibtex, application/vnd.citationstyles.csl+json",
            $"Each source and claim page has its own citation files ({perPage.Count} in all), in its “Cite this” box.",
            Licences.Annotations, Size(bytes), bytes);
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

public sealed record LicenceNote(string Quotes, string AnnotationsName, string AnnotationsUrl);
