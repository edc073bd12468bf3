using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Outputs;
using RareEarthArchive.Site.Routing;

namespace RareEarthArchive.Site.Building;

/// <summary>
/// Something the site publishes besides its HTML pages (the search index, data exports). Producers run in
/// the render phase over the assembled model; add one to <see cref="SiteBuilder"/>'s list to publish more.
/// </summary>
public interface ISiteOutputs
{
    /// <summary>A short name for build timings, such as "search".</summary>
    string Name { get; }

    IEnumerable<OutputFile> Produce(SiteModel site, SiteUrls urls, DiagnosticBag diagnostics);
}
