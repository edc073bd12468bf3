using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using RareEarthArchive.Site.Search;

namespace RareEarthArchive.Bench;

/// <summary>
/// What the search page downloads for a first query on a fresh page, gzip -9 file by file (as a server would send
/// them): the scripts the page loads, search/manifest.json, the index shards the query's plan loads (found by the
/// page's own loader, search/shards.js, under Node: search-payload.js), and for its first result page (10 per group)
/// the display directories, the display files they name and the text files (a source's or claim's text, for its snippet). Issue 9's targets at 10,000
/// sources: at most 300 kB for one word, 500 kB for a typical two-word query.
/// </summary>
internal static partial class SearchPayload
{
    /// <summary>
    /// A common word of the synthetic archives (and of the seed archive), then two words, a CJK word, a prefix, a
    /// leading wildcard and an edit distance (these two read the term list first, docs/search.md).
    /// </summary>
    public static readonly string[] Queries = ["refining", "rare earth", "export controls", "稀土", "magnet*", "*agnet", "refning~1"];

    /// <summary>The one-word and the two-word query of the targets.</summary>
    public static readonly string[] TargetQueries = ["refining", "rare earth"];

    public sealed record Query(string Q, int Results, long Scripts, long Manifest, long Index, long Directory, long Display, long Text)
    {
        public long Total => Scripts + Manifest + Index + Directory + Display + Text;
    }

    public sealed record Site(int Shards, IReadOnlyList<string> ScriptFiles, IReadOnlyList<Query> Queries);

    /// <param name="scripts">The scripts the search page loads, relative to the site root.</param>
    public static Site Measure(string site, IReadOnlyList<string> scripts, IReadOnlyList<string> queries)
    {
        var gzip = new Dictionary<string, long>(StringComparer.Ordinal);
        long Gz(string file)
        {
            if (!gzip.TryGetValue(file, out var size))
            {
                size = Gzip(File.ReadAllBytes(Path.Combine(site, file)));
                gzip[file] = size;
            }

            return size;
        }

        long Sum(JsonElement query, string part) => query.GetProperty(part).EnumerateArray().Sum(f => Gz(f.GetString()!));
        var lunr = Path.Combine(RepoRoot.Find(), "node_modules", "lunr", "lunr.js");
        using var report = JsonDocument.Parse(NodeProcess.Run([Path.Combine(AppContext.BaseDirectory, "search-payload.js"), lunr, site, .. queries]));
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site, SearchIndexOutputs.ManifestPath)));
        var shards = manifest.RootElement.GetProperty("index").GetProperty("bounds").GetArrayLength();
        var scriptBytes = scripts.Sum(Gz);
        var rows = report.RootElement.GetProperty("queries").EnumerateArray().Select(q => new Query(
            q.GetProperty("q").GetString()!, q.GetProperty("results").GetInt32(), scriptBytes, Gz(SearchIndexOutputs.ManifestPath),
            Sum(q, "index"), Sum(q, "directory"), Sum(q, "display"), Sum(q, "text"))).ToList();
        return new Site(shards, scripts, rows);
    }

    /// <summary>The scripts search/index.html loads (every <c>&lt;script src&gt;</c>), relative to the site root.</summary>
    /// <param name="basePath">The site's base path, such as "/Synthetic/": script addresses are under it.</param>
    public static IReadOnlyList<string> ScriptsOfPage(string output, string basePath)
    {
        var page = File.ReadAllText(Path.Combine(output, "search", "index.html"));
        return [.. ScriptSource().Matches(page).Select(m => m.Groups[1].Value.Split('?')[0])
            .Select(src => src.StartsWith(basePath, StringComparison.Ordinal) ? src[basePath.Length..] : src.TrimStart('/'))];
    }

    private static long Gzip(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return compressed.Length;
    }

    [GeneratedRegex("<script src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
