using System.IO.Compression;
using System.Text.RegularExpressions;

namespace RareEarthArchive.Bench;

/// <summary>
/// What the search page downloads before it can answer a first query, gzip-compressed file by file (as a
/// server would send them): the scripts the page loads and the index data they fetch. This counts the
/// monolithic index (lunr-index.json and display.json fetched whole); the search work of issue 9 replaces it
/// with its own measure once the index is sharded.
/// </summary>
internal static partial class SearchPayload
{
    public sealed record Payload(long GzipBytes, string What);

    /// <param name="basePath">The site's base path, such as "/Synthetic/": script addresses are under it.</param>
    public static Payload FirstQuery(string output, string basePath)
    {
        var page = File.ReadAllText(Path.Combine(output, "search", "index.html"));
        var files = ScriptSource().Matches(page).Select(m => m.Groups[1].Value.Split('?')[0])
            .Select(src => src.StartsWith(basePath, StringComparison.Ordinal) ? src[basePath.Length..] : src.TrimStart('/'))
            .Concat(["search/lunr-index.json", "search/display.json"])
            .Where(f => File.Exists(Path.Combine(output, f)))
            .ToList();
        var total = files.Sum(f => Gzip(File.ReadAllBytes(Path.Combine(output, f))));
        return new Payload(total, string.Join(", ", files.Select(Path.GetFileName)));
    }

    private static long Gzip(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        return compressed.Length;
    }

    [GeneratedRegex("<script src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
