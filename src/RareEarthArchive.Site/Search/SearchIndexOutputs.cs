using System.Text;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Search;
using RareEarthArchive.Search.Sharding;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Outputs;
using RareEarthArchive.Site.Routing;

namespace RareEarthArchive.Site.Search;

/// <summary>
/// Publishes the site search (docs/search.md): a manifest the page loads first, and data named by content hash
/// that the page fetches only when a query or a result page needs it.
/// <list type="bullet">
///   <item><c>search/manifest.json</c>: shard ranges, the display directories' hashes, filter values (<see cref="SearchManifest"/>)</item>
///   <item><c>search/index/HASH.json</c>: the lunr index cut into term ranges (<see cref="LunrShardSet"/>), plus the term list</item>
///   <item><c>search/display/HASH.json</c>: what results show, <see cref="DefaultDisplayChunkSize"/> refs of a kind per file</item>
///   <item><c>search/directory/HASH.json</c>: the hashes of <see cref="DefaultDisplayDirectorySize"/> consecutive display files of a kind</item>
///   <item><c>search/text/HASH.json</c>: a source's text or a claim's commentary, for phrase matching and snippets of results shown</item>
///   <item><c>search/facets/HASH.json</c>: each ref's source kinds and stances, loaded when a filter is chosen</item>
///   <item><c>search/documents.json</c>: exactly what was indexed; lunr.js rebuilds from it the index the shards merge into</item>
///   <item><c>search/pipeline.js</c>, <c>search/shards.js</c>: our pipeline functions and the shard loader</item>
///   <item><c>assets/lunr.min.js</c>: lunr.js 2.3.9's minified build from npm, embedded in this assembly at build time</item>
/// </list>
/// </summary>
/// <param name="shardTargetBytes">About this much index JSON per shard.</param>
/// <param name="displayChunkSize">Refs of a kind per display file.</param>
/// <param name="displayDirectorySize">Display files per directory file (tests make both small, to see many files).</param>
public sealed class SearchIndexOutputs(
    int shardTargetBytes = SearchIndexOutputs.DefaultShardTargetBytes,
    int displayChunkSize = SearchIndexOutputs.DefaultDisplayChunkSize,
    int displayDirectorySize = SearchIndexOutputs.DefaultDisplayDirectorySize) : ISiteOutputs
{
    public string Name => "search";

    /// <summary>
    /// About this much JSON per shard. A common word has a shard of its own whatever the target; the target decides
    /// what a rarer word pays for its range, against what the manifest pays for the ranges' bounds and hashes. Measured
    /// at 10,000 sources (bench --search-payload --shard-bytes, docs/search.md "Sizes"): 256 kB, 128 kB and 64 kB give
    /// `稀土` 231, 181 and 168 kB, `refning~1` 428, 361 and 330 kB, but `refining` 246, 250 and 259 kB (a manifest of 8,
    /// 12 and 21 kB): 128 kB halves a rare word's index for 4 kB more on every query.
    /// </summary>
    public const int DefaultShardTargetBytes = 128 * 1024;

    /// <summary>Refs per display file: a result page of 10 per group touches at most 30 files (~3 kB gzip each at 10,000 sources).</summary>
    public const int DefaultDisplayChunkSize = 16;

    /// <summary>
    /// Display files per directory file. The display hashes are kept out of the manifest (at 10,000 sources 13,250
    /// of them were 86 kB of its 97 kB gzip) and fetched in directories with the display data. A first result page
    /// (at most 30 refs, scattered over the index) costs its directories and the manifest the directories' hashes; at
    /// 10,000 sources their sum is flat between 16 and 64 and least at 32 (8 kB, against 21 kB for 256), measured on
    /// the bench's `refining` and `rare earth` (docs/search.md, "Sizes").
    /// </summary>
    public const int DefaultDisplayDirectorySize = 32;

    public const string ManifestPath = "search/manifest.json";
    public const string DocumentsPath = "search/documents.json";
    public const string PipelinePath = PipelineScript.SitePath;
    public const string ShardsScriptPath = PipelineScript.ShardsSitePath;
    public const string LunrPath = "assets/lunr.min.js";
    public const string IndexFolder = "search/index";
    public const string DisplayFolder = "search/display";
    public const string DirectoryFolder = "search/directory";
    public const string FacetsFolder = "search/facets";
    public const string TextFolder = "search/text";

    /// <summary>The manifest resource name of the embedded lunr.min.js (set in RareEarthArchive.Site.csproj).</summary>
    public const string LunrResourceName = "RareEarthArchive.Site/assets/lunr.min.js";

    public IEnumerable<OutputFile> Produce(SiteOutputContext context, DiagnosticBag diagnostics)
    {
        var site = context.Site;
        var (documents, display) = SiteSearchDocuments.Build(site, context.Urls);
        var index = documents.BuildIndex();
        var shardSet = LunrShardSet.Split(index, shardTargetBytes);
        var utf8 = new UTF8Encoding(false);
        var files = new List<OutputFile>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        OutputFile Add(OutputFile file)
        {
            // Equal content, equal name: two refs with the same text share one file.
            if (paths.Add(file.Path))
            {
                files.Add(file);
            }

            return file;
        }

        var shardHashes = shardSet.Shards.Select(s => Path.GetFileNameWithoutExtension(Add(ContentHashedFile.Json(IndexFolder, s.Utf8Json)).Path)).ToList();
        var terms = Add(ContentHashedFile.Json(IndexFolder, utf8.GetBytes(shardSet.TermsJson))).Path;
        var bodyFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (docRef, entry) in display.Where(d => !d.Entry.BodyInline && d.Entry.Body.Length > 0))
        {
            bodyFiles[docRef] = Add(ContentHashedFile.Json(TextFolder, SearchDisplayJson.WriteBody(entry.Body))).Path;
        }

        var directories = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in display.GroupBy(d => d.Ref[..1]))
        {
            var chunks = group.Chunk(displayChunkSize).Select(c => ContentHashedFile.Hash(Add(ContentHashedFile.Json(DisplayFolder, SearchDisplayJson.WriteChunk(c, bodyFiles))).Content));
            directories[group.Key] = [.. chunks.Chunk(displayDirectorySize).Select(d => ContentHashedFile.Hash(Add(ContentHashedFile.Json(DirectoryFolder, SearchDisplayJson.WriteDirectory(d))).Content))];
        }

        var facets = Add(ContentHashedFile.Json(FacetsFolder, SearchFacetsJson.Write(display))).Path;
        var manifest = new SearchManifest(index, shardSet, shardHashes, terms, displayChunkSize, displayDirectorySize, directories, facets);
        files.AddRange(FixedFiles(manifest.Write(display, site.Config.Vocabularies), documents.ToDocumentsJson()));
        return files;
    }

    /// <summary>The files with fixed names, which check takes too (one list, so that check can never miss one).</summary>
    private static OutputFile[] FixedFiles(byte[] manifest, string documentsJson) =>
    [
        new(ManifestPath, manifest),
        OutputFile.Text(DocumentsPath, documentsJson),
        OutputFile.Text(PipelinePath, PipelineScript.ReadText()),
        OutputFile.Text(ShardsScriptPath, PipelineScript.ReadShardsText()),
        new(LunrPath, LunrScriptBytes.Value),
    ];

    /// <summary>
    /// For check: the index cannot fail on content or theme (it reports nothing, and what it reads was checked
    /// before render), so it is not built. What remains is its fixed paths, which a theme asset could also take
    /// (<c>assets/lunr.min.js</c>); the other files are named by their content hash in folders only this producer
    /// writes, and no page reads any of them (none carries a listing). The manifest and documents.json go without
    /// content; the scripts are embedded and cost nothing to read.
    /// </summary>
    public IEnumerable<OutputFile> Check(SiteOutputContext context, DiagnosticBag diagnostics) => FixedFiles([], "");

    private static readonly Lazy<byte[]> LunrScriptBytes = new(() =>
    {
        using var stream = typeof(SearchIndexOutputs).Assembly.GetManifestResourceStream(LunrResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {LunrResourceName} is missing: the build embeds node_modules/lunr/lunr.min.js (npm ci).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The embedded lunr.min.js as text (for tests and the benchmark).</summary>
    public static string LunrScriptText() => new UTF8Encoding(false).GetString(LunrScriptBytes.Value);
}
