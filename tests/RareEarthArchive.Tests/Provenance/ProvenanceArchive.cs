using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Provenance;

/// <summary>Fixtures/provenance-archive (sources with URLs and archive dates, relays, a passage no fragment can single out), built once.</summary>
public sealed class ProvenanceArchive
{
    public const string BaseUrl = "https://provenance.example.org/archive/";

    public static string Folder { get; } = Path.Combine(RepoPaths.TestsFolder, "Fixtures", "provenance-archive");

    public ProvenanceArchive()
    {
        Site = BuiltSite.Build(Folder, BaseUrl);
        Model = ArchiveModel.Load(Folder);
    }

    internal BuiltSite Site { get; }

    internal SiteModel Model { get; }
}
