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

    /// <summary>
    /// What <c>rea check</c> takes instead of <see cref="Produce"/>: whatever of this producer's work can end in a
    /// diagnostic, and no more, because check makes nothing to keep. Two things can: a diagnostic the producer
    /// reports itself, and a path another output also takes (two outputs for one path, checked over every file);
    /// and the downloads page reads the files that carry a listing. The default is the whole of
    /// <see cref="Produce"/>, so a producer that does not say otherwise is checked exactly as it is built.
    /// </summary>
    IEnumerable<OutputFile> Check(SiteOutputContext context, DiagnosticBag diagnostics) => Produce(context, diagnostics);
}
