using System.Diagnostics;
using System.Globalization;
using RareEarthArchive.Cli;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Bench;

/// <summary>
/// Whole-site builds of synthetic archives, phase by phase: `--site [--sizes 1000,10000]`. The time per page
/// should stay flat as the archive grows; a page that did O(site) work would show as a per-page time that
/// grows with the size.
/// </summary>
internal static class SiteBuildBenchmark
{
    public static void Run(IReadOnlyList<int> sizes, int runs)
    {
        Console.WriteLine($"RareEarthArchive site-build benchmark, {Environment.ProcessorCount} cores, .NET {Environment.Version}, median of {runs} in-memory builds (no disk writes)");
        Console.WriteLine();
        Console.WriteLine("| sources | pages | files | load | validate | assemble | render | of which | total | per page |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var size in sizes)
        {
            var folder = Directory.CreateTempSubdirectory($"rea-site-bench-{size}-").FullName;
            try
            {
                SyntheticArchive.Write(folder, new SyntheticArchive.Options(size));
                var builder = SiteBuilder.Create();
                var results = new List<(BuildResult Result, double TotalMs)>();
                for (var run = 0; run < runs; run++)
                {
                    var clock = Stopwatch.StartNew();
                    var (result, _) = builder.BuildInMemory(new BuildOptions(folder));
                    var total = clock.Elapsed.TotalMilliseconds;
                    if (!result.Succeeded)
                    {
                        throw new InvalidOperationException("synthetic archive failed: " + string.Join("\n", result.Diagnostics.Take(5)));
                    }
                    results.Add((result, total));
                }
                var median = results.OrderBy(r => r.TotalMs).ElementAt(runs / 2);
                string Phase(Core.Diagnostics.BuildPhase phase) =>
                    Ms(median.Result.Timings.Where(t => t.Phase == phase).Sum(t => t.Elapsed.TotalMilliseconds));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {size:N0} | {median.Result.PageCount:N0} | {median.Result.FileCount:N0} | {Phase(Core.Diagnostics.BuildPhase.Load)} | {Phase(Core.Diagnostics.BuildPhase.Validate)} | {Phase(Core.Diagnostics.BuildPhase.Assemble)} | {Phase(Core.Diagnostics.BuildPhase.Render)} | {string.Join(", ", median.Result.RenderSteps.Select(s => $"{s.Name} {Ms(s.Elapsed.TotalMilliseconds)}"))} | {Ms(median.TotalMs)} | {median.TotalMs / median.Result.PageCount:0.00} ms |"));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string Ms(double ms) => ms >= 10_000
        ? (ms / 1000).ToString("0.0", CultureInfo.InvariantCulture) + " s"
        : ms.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
