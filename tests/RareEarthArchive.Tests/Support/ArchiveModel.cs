using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Validation;

namespace RareEarthArchive.Tests.Support;

/// <summary>The assembled model of an archive, to compare rendered pages against what the content says.</summary>
internal static class ArchiveModel
{
    public static SiteModel Load(string siteDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = ArchiveLoader.Load(siteDirectory, diagnostics);
        Assert.NotNull(loaded);
        var validated = ArchiveValidator.Validate(loaded, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return SiteAssembler.Assemble(validated!);
    }
}
