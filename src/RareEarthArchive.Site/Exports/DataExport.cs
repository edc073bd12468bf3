namespace RareEarthArchive.Site.Exports;

/// <summary>One published data file with what the downloads page says about it.</summary>
/// <param name="Path">Its path in the site ('/' separators), e.g. <c>data/claims-sources.csv</c>.</param>
public sealed record DataExport(string Path, string Title, string Format, string MediaType, string Description, string Licence, byte[] Content)
{
    /// <summary>False for a file that another export's row describes (a page of the Web Annotation collection).</summary>
    public bool Listed { get; init; } = true;
}
