using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RareEarthArchive.Bench;

/// <summary>
/// `--build`: what a user runs, measured as processes. For each size, a seeded synthetic archive of the
/// realistic shape (<see cref="SyntheticArchive.SourceShape.Realistic"/>) is built by the published Release
/// `rea` (start to exit: a fresh output folder, then a rebuild over it, then `rea check`) and by Hugo on the
/// same sources as plain Markdown, alternating which goes first, and each is measured by <see cref="ChildProcess"/>
/// (wait4: wall, CPU, peak RSS). Medians of the runs; ratios to Hugo; rea's own phase times from its summary
/// line; output sizes; the search page's first-query payload. The table goes into docs/performance.md.
/// </summary>
internal static partial class BuildBenchmark
{
    private const string DocsStart = "<!-- bench --build: start (written by the benchmark) -->";
    private const string DocsEnd = "<!-- bench --build: end -->";

    public static void Run(IReadOnlyList<int> sizes, int runs, bool writeDocs, bool keep)
    {
        HugoSite.EnsureInstalled();
        var repo = RepoRoot.Find();
        var work = Directory.CreateTempSubdirectory("rea-build-bench-").FullName;
        try
        {
            var rea = Publish(repo, work);
            var header = string.Create(CultureInfo.InvariantCulture,
                $"{Environment.ProcessorCount} cores, {HugoSite.Version()}, rea published -c Release -r {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier} (ReadyToRun), .NET {Environment.Version}, median of {runs}, {DateTime.UtcNow:yyyy-MM-dd}");
            Console.WriteLine("rea vs Hugo as processes: " + header);
            var results = new List<SizeResult>();
            foreach (var size in sizes)
            {
                results.Add(Measure(rea, work, size, runs, keep));
                Console.WriteLine();
                Console.WriteLine(Report(header, results));
            }
            if (writeDocs)
            {
                DocsSection.Write(Path.Combine(repo, "docs", "performance.md"), DocsStart, DocsEnd, Report(header, results));
            }
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>`dotnet publish -c Release -r RID` of the CLI (ReadyToRun for this platform) into the work folder: the program a user installs, not `dotnet run`.</summary>
    private static string Publish(string repo, string work)
    {
        var output = Path.Combine(work, "rea");
        Console.WriteLine($"publishing rea (Release) to {output}");
        var publish = ChildProcess.Run("dotnet", ["publish", Path.Combine(repo, "src", "RareEarthArchive.Cli"), "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-o", output, "--nologo", "-v", "q"], repo);
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet publish failed:\n" + publish.Stdout + publish.Stderr);
        }
        return Path.Combine(output, "rea");
    }

    private static SizeResult Measure(string rea, string work, int size, int runs, bool keep)
    {
        var archive = Path.Combine(work, $"archive-{size}");
        var hugoSite = Path.Combine(work, $"hugo-{size}");
        Directory.CreateDirectory(archive);
        Directory.CreateDirectory(hugoSite);
        var clock = Stopwatch.StartNew();
        SyntheticArchive.Write(archive, new SyntheticArchive.Options(size, Shape: SyntheticArchive.SourceShape.Realistic));
        var hugoPages = HugoSite.Write(archive, hugoSite);
        Console.WriteLine($"{size:N0} sources: generated in {clock.Elapsed.TotalSeconds:0.0} s ({Size(FolderBytes(Path.Combine(archive, "content")))} of content); {runs} rounds");
        var output = Path.Combine(work, $"site-{size}");
        var hugoOutput = Path.Combine(hugoSite, "public");

        var hugo = new List<ChildUsage>();
        var fresh = new List<ChildUsage>();
        var rebuild = new List<ChildUsage>();
        var check = new List<ChildUsage>();
        for (var round = 0; round < runs; round++)
        {
            // Alternate the order, so that what else runs on the machine falls on both sides.
            void RunHugo()
            {
                DeleteIfExists(hugoOutput);
                hugo.Add(Checked("hugo", ChildProcess.Run(HugoSite.Binary, ["--quiet", "--destination", "public"], hugoSite)));
            }
            if (round % 2 == 0)
            {
                RunHugo();
            }
            DeleteIfExists(output);
            fresh.Add(Checked("rea build", ChildProcess.Run(rea, ["build", archive, "--output", output], work)));
            rebuild.Add(Checked("rea build (rebuild)", ChildProcess.Run(rea, ["build", archive, "--output", output], work)));
            check.Add(Checked("rea check", ChildProcess.Run(rea, ["check", archive], work)));
            if (round % 2 == 1)
            {
                RunHugo();
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  round {round + 1}: hugo {Line(hugo[^1])}; rea build {Line(fresh[^1])}; rebuild {Line(rebuild[^1])}; check {Line(check[^1])}"));
        }

        var result = new SizeResult(size, hugoPages, Summary.Of(hugo), Summary.Of(fresh), Summary.Of(rebuild), Summary.Of(check),
            MedianPhases(fresh), ReaPages(fresh[^1].Stdout),
            new FolderSize(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count(), FolderBytes(output)),
            new FolderSize(Directory.EnumerateFiles(hugoOutput, "*", SearchOption.AllDirectories).Count(), FolderBytes(hugoOutput)),
            SearchPayload.Measure(output, SearchPayload.ScriptsOfPage(output, new Uri(new SyntheticArchive.Options(size).BaseUrl).AbsolutePath), SearchPayload.TargetQueries));
        if (!keep)
        {
            foreach (var folder in new[] { archive, hugoSite, output })
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        return result;
    }

    private static ChildUsage Checked(string what, ChildUsage usage) => usage.ExitCode == 0
        ? usage
        : throw new InvalidOperationException($"{what} exited with {usage.ExitCode}:\n{Tail(usage.Stdout)}\n{Tail(usage.Stderr)}");

    private static string Tail(string text) => text.Length > 4000 ? text[^4000..] : text;

    private static string Line(ChildUsage u) => string.Create(CultureInfo.InvariantCulture,
        $"{Seconds(u.Wall)} (cpu {Seconds(u.Cpu)}, {Size(u.PeakRssBytes)})");

    /// <summary>The phase times rea prints in its summary line (`[load 12 ms, …, render 40 ms (search 9 ms, …), write 3 ms]`), median per name.</summary>
    private static IReadOnlyList<(string Name, double Ms)> MedianPhases(IReadOnlyList<ChildUsage> runs)
    {
        var perRun = runs.Select(r => PhaseTime().Matches(r.Stdout).Select(m => (m.Groups[1].Value, double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList()).ToList();
        return [.. perRun[0].Select(p => (p.Item1, Median(perRun.Select(r => r.FirstOrDefault(q => q.Item1 == p.Item1).Item2))))];
    }

    private static int ReaPages(string stdout) =>
        BuiltPages().Match(stdout) is { Success: true } m ? int.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"([a-z][a-z -]*?) (\d+) ms")]
    private static partial Regex PhaseTime();

    [GeneratedRegex(@"built ([\d,]+) pages?")]
    private static partial Regex BuiltPages();

    private static string Report(string header, IReadOnlyList<SizeResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Measured by `dotnet run -c Release --project bench/RareEarthArchive.Bench -- --build` ({header}). Wall, CPU (user + system) and peak resident memory are the kernel's (`wait4` rusage of each process); ratios are rea / Hugo in the same round. The machine was shared with other builds: absolute numbers carry that load, the ratios less so, because the runs alternate.");
        text.AppendLine();
        text.AppendLine("| sources | run | wall | cpu | peak memory | wall / Hugo | cpu / Hugo | memory / Hugo |");
        text.AppendLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            foreach (var (name, s) in new[] { ("Hugo", r.Hugo), ("rea build (fresh output)", r.Fresh), ("rea build (rebuild over it)", r.Rebuild), ("rea check", r.Check) })
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Sources:N0} | {name} | {Seconds(s.Wall)} | {Seconds(s.Cpu)} | {Size(s.PeakRss)} (max {Size(s.MaxPeakRss)}) | {Ratio(s.Wall, r.Hugo.Wall)} | {Ratio(s.Cpu, r.Hugo.Cpu)} | {(double)s.PeakRss / r.Hugo.PeakRss:0.0}× |"));
            }
        }
        text.AppendLine();
        text.AppendLine("| sources | rea pages / files / bytes | Hugo pages / files / bytes | check / build | search first query (gzip, target 300 kB / 500 kB) |");
        text.AppendLine("| ---: | --- | --- | ---: | --- |");
        foreach (var r in results)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Sources:N0} | {r.ReaPages:N0} / {r.ReaOutput.Files:N0} / {Size(r.ReaOutput.Bytes)} | {r.HugoPages:N0} content pages / {r.HugoOutput.Files:N0} / {Size(r.HugoOutput.Bytes)} | {r.Check.Wall / r.Fresh.Wall:0.00} | {string.Join("; ", r.Search.Queries.Select(q => $"`{q.Q}` {Kb(q.Total)}"))} |"));
        }

        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"The search payload is everything the search page fetches for its first query on a fresh page, gzip -9 file by file: the page's scripts ({string.Join(", ", results[0].Search.ScriptFiles.Select(Path.GetFileName))}), search/manifest.json, the index shards the query's plan loads and the display directories, display and text files of its first result page (10 per group), as `--search-payload` counts them (bench/RareEarthArchive.Bench/SearchPayload.cs):"));
        text.AppendLine();
        text.AppendLine("| sources | shards | query | results | scripts | manifest | index | display + directories | text | total |");
        text.AppendLine("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            foreach (var q in r.Search.Queries)
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Sources:N0} | {r.Search.Shards:N0} | `{q.Q}` | {q.Results:N0} | {Kb(q.Scripts)} | {Kb(q.Manifest)} | {Kb(q.Index)} | {Kb(q.Display + q.Directory)} | {Kb(q.Text)} | **{Kb(q.Total)}** |"));
            }
        }
        text.AppendLine();
        text.AppendLine("rea's phases (median of the fresh builds, from its summary line):");
        text.AppendLine();
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {r.Sources:N0} sources: {string.Join(", ", r.Phases.Select(p => $"{p.Name} {Seconds(TimeSpan.FromMilliseconds(p.Ms))}"))}");
        }
        if (results.Count > 1)
        {
            var (small, large) = (results[0], results[^1]);
            text.AppendLine();
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"Growth from {small.Sources:N0} to {large.Sources:N0} sources ({(double)large.Sources / small.Sources:0}× the sources): rea wall {large.Fresh.Wall / small.Fresh.Wall:0.0}×, peak memory {(double)large.Fresh.PeakRss / small.Fresh.PeakRss:0.0}×; Hugo wall {large.Hugo.Wall / small.Hugo.Wall:0.0}×, peak memory {(double)large.Hugo.PeakRss / small.Hugo.PeakRss:0.0}×."));
        }
        return text.ToString();
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static long FolderBytes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Kb(long bytes) => SearchPayloadBenchmark.Kb(bytes);

    private static string Ratio(TimeSpan a, TimeSpan b) => string.Create(CultureInfo.InvariantCulture, $"{a / b:0.0}×");

    private static string Seconds(TimeSpan t) => t.TotalSeconds >= 10
        ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.0} s")
        : string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.00} s");

    internal static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.00} GiB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.0} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0} KiB"),
    };

    private sealed record FolderSize(int Files, long Bytes);

    /// <summary>Medians over the runs of one kind; the largest peak memory too, because memory varies with the GC's timing.</summary>
    private sealed record Summary(TimeSpan Wall, TimeSpan Cpu, long PeakRss, long MaxPeakRss)
    {
        public static Summary Of(IReadOnlyList<ChildUsage> runs) => new(
            TimeSpan.FromTicks((long)Median(runs.Select(r => (double)r.Wall.Ticks))),
            TimeSpan.FromTicks((long)Median(runs.Select(r => (double)r.Cpu.Ticks))),
            (long)Median(runs.Select(r => (double)r.PeakRssBytes)),
            runs.Max(r => r.PeakRssBytes));
    }

    private sealed record SizeResult(int Sources, int HugoPages, Summary Hugo, Summary Fresh, Summary Rebuild, Summary Check,
        IReadOnlyList<(string Name, double Ms)> Phases, int ReaPages, FolderSize ReaOutput, FolderSize HugoOutput, SearchPayload.Site Search);
}
