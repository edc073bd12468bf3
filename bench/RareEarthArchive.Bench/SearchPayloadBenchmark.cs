using System.Globalization;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Search;

namespace RareEarthArchive.Bench;

/// <summary>
/// What the search page downloads, gzip level 9, on a fresh page: `--search-payload [--sizes 1000,10000]` on
/// synthetic archives, or `--search-payload --site-dir DIR` on a built site. A first query pays for the scripts
/// (lunr.min.js, search/pipeline.js, search/shards.js, assets/search.js, assets/site.js), the manifest, the shards its
/// terms need and the display directories, display and text files of its first result page (<see cref="SearchPayload"/>);
/// the bench prints that for one word, two words, a CJK word, a prefix, a leading wildcard and a fuzzy word, and on
/// synthetic archives writes the table into docs/performance.md (unless <c>--no-docs</c>). Issue 9's targets at 10k sources: at most 300 kB for the
/// first query, 500 kB for a typical two-word one. The synthetic archives have the realistic shape
/// (<see cref="SyntheticArchive.SourceShape.Realistic"/>), built in memory by the product's builder; the search
/// outputs and the page's scripts are written out for Node.
/// </summary>
internal static class SearchPayloadBenchmark
{
    /// <summary>The theme's scripts the search page loads besides the search outputs (layout.html: site.js on every page).</summary>
    private static readonly string[] ThemeScripts = ["assets/search.js", "assets/site.js"];

    private static readonly string[] Scripts = [SearchIndexOutputs.LunrPath, SearchIndexOutputs.PipelinePath, SearchIndexOutputs.ShardsScriptPath, .. ThemeScripts];

    private const string DocsStart = "<!-- bench --search-payload: start (written by the benchmark) -->";
    private const string DocsEnd = "<!-- bench --search-payload: end -->";

    private const string Header = "| site | shards | query | results | scripts | manifest | index | directories | display | text | total |";

    /// <param name="shardTargetBytes">The search shards' target size (<c>--shard-bytes N</c>; the product's default otherwise), for choosing it.</param>
    public static void Run(IReadOnlyList<int> sizes, string? siteDir, bool keep, bool writeDocs, int shardTargetBytes = SearchIndexOutputs.DefaultShardTargetBytes)
    {
        Console.WriteLine("RareEarthArchive search payload (gzip -9 bytes a fresh search page downloads; first result page: 10 per group)");
        Console.WriteLine();
        Console.WriteLine(Header);
        Console.WriteLine(Separator);
        if (siteDir is not null)
        {
            Measure(Path.GetFullPath(siteDir), siteDir);
            return;
        }

        var rows = new List<string>();

        foreach (var size in sizes)
        {
            var folder = Directory.CreateTempSubdirectory($"rea-payload-{size}-").FullName;
            try
            {
                SyntheticArchive.Write(folder, new SyntheticArchive.Options(size, Shape: SyntheticArchive.SourceShape.Realistic));
                var (result, built) = SiteBuilder.Create(new ProductOptions(SearchShardTargetBytes: shardTargetBytes)).BuildInMemory(new BuildOptions(folder));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException("synthetic archive has errors: " + string.Join("\n", result.Diagnostics.Take(5)));
                }

                var site = Path.Combine(folder, "_payload");
                var files = built.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal) || Scripts.Contains(f.Path)).ToList();
                foreach (var file in files)
                {
                    var target = Path.Combine(site, file.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.WriteAllBytes(target, file.Content);
                }

                rows.AddRange(Measure(site, string.Create(CultureInfo.InvariantCulture, $"{size:N0} sources")));
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

        if (writeDocs)
        {
            var report = string.Create(CultureInfo.InvariantCulture,
                $"Measured by `dotnet run -c Release --project bench/RareEarthArchive.Bench -- --search-payload --sizes {string.Join(',', sizes)}` ({Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}): gzip -9 bytes, file by file, that a fresh search page downloads for one query and its first result page (10 per group). Scripts: {string.Join(", ", Scripts.Select(Path.GetFileName))}. Targets at 10,000 sources: 300 kB for the first query, 500 kB for a typical two-word query.\n\n");
            DocsSection.Write(Path.Combine(RepoRoot.Find(), "docs", "performance.md"), DocsStart, DocsEnd,
                report + Header + "\n" + Separator + "\n" + string.Concat(rows.Select(r => r + "\n")));
        }
    }

    private const string Separator = "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    private static List<string> Measure(string site, string label)
    {
        var result = SearchPayload.Measure(site, Scripts, SearchPayload.Queries);
        var rows = result.Queries.Select(q => string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {result.Shards:N0} | `{q.Q}` | {q.Results:N0} | {Kb(q.Scripts)} | {Kb(q.Manifest)} | {Kb(q.Index)} | {Kb(q.Directory)} | {Kb(q.Display)} | {Kb(q.Text)} | **{Kb(q.Total)}** |")).ToList();
        rows.ForEach(Console.WriteLine);
        return rows;
    }

    internal static string Kb(long bytes) => (bytes / 1000.0).ToString("#,0.0", CultureInfo.InvariantCulture) + " kB";
}
