using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Outputs;

namespace RareEarthArchive.Site.Building;

/// <summary>
/// Something the site publishes besides its HTML pages (the search index, data exports, sitemap, feed, theme
/// assets). Producers run in the render phase, in the order <see cref="SiteBuilder.Create"/> lists them, before
/// the pages are rendered; add one there to publish more.
/// </summary>
public interface ISiteOutputs
{
    /// <summary>A short name for build timings, such as "search".</summary>
    string Name { get; }

    /// <param name="diagnostics">The render phase's writer: what a producer reports is labelled with that phase.</param>
    IEnumerable<OutputFile> Produce(SiteOutputContext context, DiagnosticBag diagnostics);
}
