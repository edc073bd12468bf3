using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Site.Outputs;

/// <summary><c>.nojekyll</c>: GitHub Pages runs Jekyll unless told not to, and Jekyll would drop files and folders starting with '_'.</summary>
internal sealed class NoJekyllOutputs : ISiteOutputs
{
    public string Name => "nojekyll";

    public IEnumerable<OutputFile> Produce(SiteOutputContext context, DiagnosticBag diagnostics) => [OutputFile.Text(".nojekyll", "")];
}
