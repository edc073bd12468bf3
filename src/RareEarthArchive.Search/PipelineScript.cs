using System.Text;

namespace RareEarthArchive.Search;

/// <summary>
/// The JavaScript half of the rea pipeline (Browser/rea-lunr-pipeline.js), embedded in this assembly.
/// A site using <see cref="Lunr.LunrPipelineSet.Rea"/> must serve it at <see cref="SitePath"/> and load
/// it after lunr.js and before <c>lunr.Index.load</c>.
/// </summary>
public static class PipelineScript
{
    /// <summary>Where the site serves the script, relative to the site root; also written into documents.json.</summary>
    public const string SitePath = "search/pipeline.js";

    /// <summary>The manifest resource name (the csproj's LogicalName).</summary>
    public const string ResourceName = "RareEarthArchive.Search/search/pipeline.js";

    /// <summary>Opens the embedded script (UTF-8 without BOM).</summary>
    public static Stream Open() =>
        typeof(PipelineScript).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {typeof(PipelineScript).Assembly.GetName().Name}.");

    /// <summary>The script's text.</summary>
    public static string ReadText() => Read(ResourceName);

    /// <summary>Where the site serves Browser/rea-lunr-shards.js (the sharded index loader), relative to the site root.</summary>
    public const string ShardsSitePath = "search/shards.js";

    /// <summary>The manifest resource name of the shard loader.</summary>
    public const string ShardsResourceName = "RareEarthArchive.Search/search/shards.js";

    /// <summary>The shard loader's text: load it after lunr.js and <see cref="SitePath"/>.</summary>
    public static string ReadShardsText() => Read(ShardsResourceName);

    private static string Read(string resourceName)
    {
        using var stream = typeof(PipelineScript).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing from {typeof(PipelineScript).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return reader.ReadToEnd();
    }
}
