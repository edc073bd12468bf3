using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Exports;
using RareEarthArchive.Site.Search;

namespace RareEarthArchive.Cli;

/// <summary>The site builder with every output the product publishes (search index, data exports) registered.</summary>
public static class SiteBuilderFactory
{
    public static SiteBuilder Create() => new([new SearchIndexOutputs(), new DataExportOutputs()]);
}
