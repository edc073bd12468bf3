using System.Text;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Search;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Outputs;
using RareEarthArchive.Site.Routing;

namespace RareEarthArchive.Site.Search;

/// <summary>
/// Publishes the site search (docs/search.md):
/// <list type="bullet">
///   <item><c>search/lunr-index.json</c>: the lunr.js 2.3.9 index, byte-identical to what lunr.js builds from documents.json</item>
///   <item><c>search/documents.json</c>: exactly what was indexed: <c>{"ref","fields","documents","pipelineScript","configure"}</c></item>
///   <item><c>search/pipeline.js</c>: registers our pipeline functions and defines <c>lunrConfigure(builder)</c></item>
///   <item><c>search/display.json</c>: title, URL, type, filters and snippet source of every ref</item>
///   <item><c>assets/lunr.js</c>: lunr.js 2.3.9 from npm, embedded in this assembly at build time</item>
/// </list>
/// The search page (themes/default/layouts/search.html + assets/search.js) loads them once.
/// </summary>
public sealed class SearchIndexOutputs : ISiteOutputs
{
    public string Name => "search";

    public const string IndexPath = "search/lunr-index.json";
    public const string DocumentsPath = "search/documents.json";
    public const string DisplayPath = "search/display.json";
    public const string PipelinePath = PipelineScript.SitePath;
    public const string LunrPath = "assets/lunr.js";

    /// <summary>The manifest resource name of the embedded lunr.js (set in RareEarthArchive.Site.csproj).</summary>
    public const string LunrResourceName = "RareEarthArchive.Site/assets/lunr.js";

    public IEnumerable<OutputFile> Produce(SiteModel site, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var (documents, display) = SiteSearchDocuments.Build(site, urls);
        return
        [
            OutputFile.Text(IndexPath, documents.BuildIndex().ToJson()),
            OutputFile.Text(DocumentsPath, documents.ToDocumentsJson()),
            new OutputFile(DisplayPath, SearchDisplayJson.Write(display, site.Config.Vocabularies)),
            OutputFile.Text(PipelinePath, PipelineScript.ReadText()),
            new OutputFile(LunrPath, LunrScriptBytes.Value),
        ];
    }

    private static readonly Lazy<byte[]> LunrScriptBytes = new(() =>
    {
        using var stream = typeof(SearchIndexOutputs).Assembly.GetManifestResourceStream(LunrResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {LunrResourceName} is missing: the build embeds node_modules/lunr/lunr.js (npm ci).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The embedded lunr.js as text (for tests and the benchmark).</summary>
    public static string LunrScriptText() => new UTF8Encoding(false).GetString(LunrScriptBytes.Value);
}
