using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Outputs;
using RareEarthArchive.Site.Routing;

namespace RareEarthArchive.Site.Exports;

/// <summary>
/// Publishes the data exports, the JSON Schemas and the per-page citation files (see <see cref="DataCatalog"/>).
/// <c>rea check</c> makes them too (the default <see cref="ISiteOutputs.Check"/>): they report nothing, but the
/// downloads page reads their listings and sizes, and check renders that page as the build does.
/// </summary>
public sealed class DataExportOutputs : ISiteOutputs
{
    public string Name => "exports";

    public IEnumerable<OutputFile> Produce(SiteOutputContext context, DiagnosticBag diagnostics) =>
        DataCatalog.SiteWide(context.Site, context.Urls).Select(e => File(e, perPage: false))
            .Concat(DataCatalog.PerPage(context.Site, context.Urls).Select(e => File(e, perPage: true)));

    private static OutputFile File(DataExport e, bool perPage) =>
        new(e.Path, e.Content, e.Listed ? new DownloadListing(e.Title, e.Format, e.MediaType, e.Description, e.Licence, perPage) : null);
}
