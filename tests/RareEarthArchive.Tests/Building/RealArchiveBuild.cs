using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Building;

/// <summary>The repository's own archive, built once for a test class under a GitHub Pages sub-path.</summary>
public sealed class RealArchiveBuild
{
    public const string BaseUrl = "https://owner.github.io/RareEarthArchive/";

    public RealArchiveBuild()
    {
        Site = BuiltSite.Build(RepoPaths.Root, BaseUrl);
        Model = ArchiveModel.Load(RepoPaths.Root);
    }

    internal BuiltSite Site { get; }

    internal SiteModel Model { get; }
}
