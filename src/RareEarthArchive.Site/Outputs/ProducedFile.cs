namespace RareEarthArchive.Site.Outputs;

/// <summary>
/// What is left of a producer's file once it is written (<see cref="Building.OutputSink"/>): its path, its size and its
/// downloads-page listing, all the downloads page reads, so the bytes themselves need not be kept.
/// </summary>
public sealed record ProducedFile(string Path, long Length, DownloadListing? Listing);
