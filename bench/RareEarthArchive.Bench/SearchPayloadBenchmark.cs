using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Search;

namespace RareEarthArchive.Bench;

/// <summary>
/// What the search page downloads, gzip level 9, on a fresh page: `--search-payload [--sizes 1000,10000]` on
/// synthetic archives, or `--search-payload --site-dir DIR` on a built site. A first query pays for the scripts
/// (lunr.js, search/pipeline.js, search/shards.js, assets/search.js), the manifest, the shards its terms need and
/// the display files of its first result page; the bench prints that for one word and for two words. Issue 9's
/// targets at 10k sources: at most 300 kB for the first query, 500 kB for a typical two-word one. The synthetic
/// archives have the realistic shape (<see cref="SyntheticArchive.SourceShape.Realistic"/>); only the search
/// outputs are built (the same producer as <c>rea build</c>), with the theme's search script beside them.
/// </summary>
internal static class SearchPayloadBenchmark
{
    /// <summary>A common word of the synthetic archives (and of the seed archive), then two of them.</summary>
    public static readonly string[] Queries = ["refining", "rare earth", "export controls", "稀土", "magnet*"];

    private const string ThemeSearchScript = "assets/search.js";

    private static readonly string[] Scripts = [SearchIndexOutputs.LunrPath, "search/pipeline.js", "search/shards.js", "assets/search.js"];

    public static void Run(IReadOnlyList<int> sizes, string? siteDir, bool keep)
    {
        Console.WriteLine("RareEarthArchive search payload (gzip -9 bytes a fresh search page downloads; first result page: 10 per group)");
        Console.WriteLine();
        Console.WriteLine("| site | shards | manifest | query | results | scripts + manifest | index | display | total |");
        Console.WriteLine("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        if (siteDir is not null)
        {
            Measure(Path.GetFullPath(siteDir), siteDir);
            return;
        }

        foreach (var size in sizes)
        {
            var folder = Directory.CreateTempSubdirectory($"rea-payload-{size}-").FullName;
            try
            {
                SyntheticArchive.Write(folder, new SyntheticArchive.Options(size, Shape: SyntheticArchive.SourceShape.Realistic));
                var (result, built) = SiteBuilder.Create().BuildInMemory(new BuildOptions(folder));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException("synthetic archive has errors: " + string.Join("\n", result.Diagnostics.Take(5)));
                }

                var site = Path.Combine(folder, "_payload");
                var files = built.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal) || f.Path == SearchIndexOutputs.LunrPath).ToList();
                files.Add(new(ThemeSearchScript, File.ReadAllBytes(Path.Combine(RepoRoot.Find(), "themes", "default", ThemeSearchScript))));
                foreach (var file in files)
                {
                    var target = Path.Combine(site, file.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.WriteAllBytes(target, file.Content);
                }

                Measure(site, string.Create(CultureInfo.InvariantCulture, $"{size:N0} sources"));
            }
            finally
            {
                if (keep)
                {
                    Console.WriteLine($"kept {folder}");
                }
                else
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }

    private static void Measure(string site, string label)
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

        var fixedCost = Scripts.Sum(Gz) + Gz(SearchIndexOutputs.ManifestPath);
        var lunr = Path.Combine(RepoRoot.Find(), "node_modules", "lunr", "lunr.js");
        using var report = JsonDocument.Parse(NodeProcess.Run([Path.Combine(AppContext.BaseDirectory, "search-payload.js"), lunr, site, .. Queries]));
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site, SearchIndexOutputs.ManifestPath)));
        var shardCount = manifest.RootElement.GetProperty("index").GetProperty("shards").GetArrayLength();
        foreach (var query in report.RootElement.GetProperty("queries").EnumerateArray())
        {
            var index = query.GetProperty("index").EnumerateArray().Sum(f => Gz(f.GetString()!));
            var display = query.GetProperty("display").EnumerateArray().Sum(f => Gz(f.GetString()!));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {shardCount:N0} | {Kb(Gz(SearchIndexOutputs.ManifestPath))} | `{query.GetProperty("q").GetString()}` | {query.GetProperty("results").GetInt32():N0} | {Kb(fixedCost)} | {Kb(index)} | {Kb(display)} | **{Kb(fixedCost + index + display)}** |"));
        }
    }

    private static string Kb(long bytes) => (bytes / 1000.0).ToString("0.0", CultureInfo.InvariantCulture) + " kB";

    private static long Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.Length;
    }
}
