using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Search;

/// <summary>The repository's archive built once, under the GitHub Pages sub-path, with its search files on disk.</summary>
public sealed class SeedArchiveSearch : IDisposable
{
    public const string BaseUrl = "https://owner.github.io/RareEarthArchive/";
    public const string BasePath = "/RareEarthArchive/";

    public SeedArchiveSearch()
    {
        Site = SearchSite.Build(RepoPaths.Root, BaseUrl);
    }

    internal SearchSite Site { get; }

    public void Dispose() => Site.Dispose();
}
