namespace RareEarthArchive.Site.Outputs;

/// <summary>
/// One file of the built site: its path relative to the output folder ('/' separators) and its bytes.
/// <paramref name="Listing"/> describes a file for the downloads page; files without one are not listed.
/// </summary>
public sealed record OutputFile(string Path, byte[] Content, DownloadListing? Listing = null)
{
    public static OutputFile Text(string path, string text) => new(path, new System.Text.UTF8Encoding(false).GetBytes(text));
}
