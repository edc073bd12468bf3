using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Site.Outputs;

/// <summary>The theme's assets/, published as they are (pages link to them with a content hash: <see cref="Routing.AssetUrls"/>).</summary>
internal sealed class ThemeAssetOutputs : ISiteOutputs
{
    public string Name => "assets";

    public IEnumerable<OutputFile> Produce(SiteOutputContext context, DiagnosticBag diagnostics) =>
        context.Theme.Assets.Select(a => new OutputFile(a.RelativePath, a.Content));
}
