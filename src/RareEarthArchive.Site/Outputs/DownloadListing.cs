namespace RareEarthArchive.Site.Outputs;

/// <summary>
/// What the downloads page says about a published file. A producer attaches it to the files it makes, so the
/// page lists them with their real sizes without making them a second time.
/// </summary>
/// <param name="PerPage">One of many files beside the pages (a page's cite.bib): listed as one summary row.</param>
public sealed record DownloadListing(string Title, string Format, string MediaType, string Description, string Licence, bool PerPage = false);
