using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using RareEarthArchive.Bench;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Validation;
using RareEarthArchive.Search;
using RareEarthArchive.Site.Routing;
using RareEarthArchive.Site.Search;

// dotnet run -c Release --project bench/RareEarthArchive.Bench -- --build [--sizes 1000,10000] [--runs 3] [--no-docs] [--keep]
//   the benchmark: rea and Hugo as processes on the realistic synthetic archives (BuildBenchmark.cs).
// dotnet run -c Release --project bench/RareEarthArchive.Bench -- --generate DIR [--sizes 1000]
//   only writes the realistic synthetic archive of that size into DIR (for profiling a `rea build` by hand).
// dotnet run -c Release --project bench/RareEarthArchive.Bench [-- --quick] [--sizes 1000,10000] [--keep] [--site] [--anchoring]
//   profiles in one warm process, for finding where time goes (not what a user waits for):
// For each size: generate a seeded synthetic archive, load/validate/assemble it, then time the C# index build
// (documents + lunr index + JSON, median of 3), report index and display sizes (raw and gzip), and time the
// load + first query under Node (JSON.parse + lunr.Index.load, then idx.search) with the repo's lunr.js.
var quick = args.Contains("--quick");
var keep = args.Contains("--keep");
var sizes = quick ? [200, 1000] : new[] { 1000, 10000 };
var sizesArg = Array.IndexOf(args, "--sizes");
if (sizesArg >= 0 && sizesArg + 1 < args.Length)
{
    sizes = [.. args[sizesArg + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
}

// --generate DIR [--sizes N]: write the realistic synthetic archive of the first size into DIR and stop, for profiling
// `rea build` by hand (perf, dotnet-trace, /usr/bin/time) on the corpus the benchmark measures.
var generateArg = Array.IndexOf(args, "--generate");
if (generateArg >= 0 && generateArg + 1 < args.Length)
{
    SyntheticArchive.Write(args[generateArg + 1], new SyntheticArchive.Options(sizes[0], Shape: SyntheticArchive.SourceShape.Realistic));
    return 0;
}

// --site: profile of whole-site builds in memory (all phases but the write) instead of the search profile.
// --anchoring: quote anchoring on long texts.
if (args.Contains("--anchoring"))
{
    AnchoringBenchmark.Run();
    return 0;
}

// --search-payload [--sizes 1000,10000 | --site-dir DIR] [--no-docs] [--shard-bytes N]: what the search page downloads for a first query
// (SearchPayloadBenchmark.cs); on synthetic archives the table goes into docs/performance.md.
if (args.Contains("--search-payload"))
{
    var siteDirArg = Array.IndexOf(args, "--site-dir");
    var shardBytesArg = Array.IndexOf(args, "--shard-bytes");
    SearchPayloadBenchmark.Run(sizes, siteDirArg >= 0 && siteDirArg + 1 < args.Length ? args[siteDirArg + 1] : null, keep, writeDocs: !args.Contains("--no-docs"),
        shardBytesArg >= 0 && shardBytesArg + 1 < args.Length ? int.Parse(args[shardBytesArg + 1], CultureInfo.InvariantCulture) : SearchIndexOutputs.DefaultShardTargetBytes);
    return 0;
}

if (args.Contains("--build"))
{
    var runsArg = Array.IndexOf(args, "--runs");
    var runs = runsArg >= 0 && runsArg + 1 < args.Length ? int.Parse(args[runsArg + 1], CultureInfo.InvariantCulture) : quick ? 1 : 3;
    BuildBenchmark.Run(sizesArg >= 0 ? sizes : [1000, 10000], runs, writeDocs: !args.Contains("--no-docs"), keep);
    return 0;
}

if (args.Contains("--site"))
{
    SiteBuildBenchmark.Run(sizes, quick ? 1 : 3);
    return 0;
}

var repo = RepoRoot.Find();
var lunrJs = Path.Combine(repo, "node_modules", "lunr", "lunr.js");
var rows = new List<string>();
Console.WriteLine($"RareEarthArchive search benchmark ({(quick ? "quick" : "full")}), {Environment.ProcessorCount} cores, .NET {Environment.Version}");
foreach (var size in sizes)
{
    var folder = Directory.CreateTempSubdirectory($"rea-bench-{size}-").FullName;
    try
    {
        var clock = Stopwatch.StartNew();
        SyntheticArchive.Write(folder, new SyntheticArchive.Options(size));
        var generateMs = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        var diagnostics = new DiagnosticBag();
        var loaded = ArchiveLoader.Load(folder, diagnostics);
        var validated = ArchiveValidator.Validate(loaded, diagnostics) ?? throw new InvalidOperationException("validate failed");
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException("synthetic archive has errors: " + string.Join("\n", diagnostics.Sorted().Take(5)));
        }

        var site = SiteAssembler.Assemble(validated);
        var modelMs = clock.Elapsed.TotalMilliseconds;
        var urls = new SiteUrls(site.Config.BaseUrl);

        string indexJson = "", documentsJson = "";
        byte[] display = [];
        var times = new List<double>();
        var parts = new double[5];
        for (var run = 0; run < 3; run++)
        {
            clock.Restart();
            var (documents, entries) = SiteSearchDocuments.Build(site, urls);
            var t1 = clock.Elapsed.TotalMilliseconds;
            var index = documents.BuildIndex();
            var t2 = clock.Elapsed.TotalMilliseconds;
            indexJson = index.ToJson();
            var t3 = clock.Elapsed.TotalMilliseconds;
            documentsJson = documents.ToDocumentsJson();
            var t4 = clock.Elapsed.TotalMilliseconds;
            display = SearchDisplayJson.Write(entries, site.Config.Vocabularies);
            var t5 = clock.Elapsed.TotalMilliseconds;
            times.Add(t5);
            if (run == 2)
            {
                parts = [t1, t2 - t1, t3 - t2, t4 - t3, t5 - t4];
            }
        }

        var searchDir = Path.Combine(folder, "_site", "search");
        Directory.CreateDirectory(searchDir);
        var utf8 = new UTF8Encoding(false);
        var indexBytes = utf8.GetBytes(indexJson);
        File.WriteAllBytes(Path.Combine(searchDir, "lunr-index.json"), indexBytes);
        File.WriteAllText(Path.Combine(searchDir, "documents.json"), documentsJson, utf8);
        File.WriteAllBytes(Path.Combine(searchDir, "display.json"), display);
        File.WriteAllText(Path.Combine(searchDir, "pipeline.js"), PipelineScript.ReadText(), utf8);

        var node = NodeProcess.Run(Path.Combine(AppContext.BaseDirectory, "load-query.js"), lunrJs, Path.Combine(folder, "_site"), "refining", "稀土");
        using var result = JsonDocument.Parse(node);
        var loadMs = result.RootElement.GetProperty("loadMs").GetDouble();
        var queries = result.RootElement.GetProperty("queries").EnumerateArray().ToList();
        var firstQueryMs = queries[0].GetProperty("ms").GetDouble();
        var cjkQueryMs = queries[1].GetProperty("ms").GetDouble();

        var docCount = site.Sources.Length + site.Claims.Length + site.AnnotationCount;
        Console.WriteLine($"{size} sources: {docCount} documents ({site.Claims.Length} claims, {site.AnnotationCount} passages); generate {generateMs:0} ms, load+validate+assemble {modelMs:0} ms");
        Console.WriteLine($"  C# index build (documents + index + JSON): first {times[0]:0} ms, median {times.Order().ElementAt(1):0} ms; last run: documents {parts[0]:0} ms, lunr index {parts[1]:0} ms, index JSON {parts[2]:0} ms, documents.json {parts[3]:0} ms, display.json {parts[4]:0} ms");
        Console.WriteLine($"  lunr-index.json {Size(indexBytes.Length)} raw, {Size(Gzip(indexBytes))} gzip; display.json {Size(display.Length)} raw, {Size(Gzip(display))} gzip; documents.json {Size(utf8.GetByteCount(documentsJson))}");
        Console.WriteLine($"  Node {NodeVersion()}: parse + lunr.Index.load {loadMs:0} ms, first query 'refining' {firstQueryMs:0.0} ms ({queries[0].GetProperty("hits").GetInt32()} hits), then '稀土' {cjkQueryMs:0.0} ms ({queries[1].GetProperty("hits").GetInt32()} hits)");
        rows.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {docCount:N0} | {Size(indexBytes.Length)} | {Size(Gzip(indexBytes))} | {Size(display.Length)} / {Size(Gzip(display))} | {times.Order().ElementAt(1):0} ms | {loadMs:0} ms | {firstQueryMs:0.0} ms |"));
    }
    finally
    {
        if (keep)
        {
            Console.WriteLine($"  kept {folder}");
        }
        else
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

Console.WriteLine();
Console.WriteLine("| sources | documents | index raw | index gzip | display raw / gzip | C# build (median of 3) | load (parse + Index.load) | first query |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
rows.ForEach(Console.WriteLine);
return 0;

static int Gzip(byte[] bytes)
{
    using var output = new MemoryStream();
    using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
    {
        gzip.Write(bytes);
    }

    return (int)output.Length;
}

static string Size(long bytes) => bytes >= 1 << 20
    ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MiB")
    : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0} KiB");

static string NodeVersion() => NodeProcess.Run("--version").Trim();
