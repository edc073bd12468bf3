using System.Diagnostics;
using System.Text;
using System.Text.Json;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Search;

/// <summary>A site built to a temporary folder (search files on disk for Node), deleted on dispose.</summary>
internal sealed class SearchSite : IDisposable
{
    private SearchSite(string output, BuiltSite built)
    {
        Output = output;
        Built = built;
    }

    /// <summary>The built site's root folder (what a server would serve).</summary>
    public string Output { get; }

    public BuiltSite Built { get; }

    /// <param name="options">Smaller shards and display files than the default cut even the seed archive into many, so
    /// tests see queries that span shards and result pages that span display directories.</param>
    public static SearchSite Build(string siteDirectory, string baseUrl, ProductOptions? options = null)
    {
        var builder = options is null ? null : SiteBuilder.Create(options);
        var built = BuiltSite.Build(siteDirectory, baseUrl, builder);
        var output = Path.Combine(Path.GetTempPath(), "rea-search-" + Guid.NewGuid().ToString("N"));
        foreach (var (path, content) in built.Files)
        {
            var target = Path.Combine(output, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
        }
        return new SearchSite(output, built);
    }

    public byte[] Bytes(string path) => Built.Files[path];

    public JsonDocument Json(string path) => JsonDocument.Parse(Bytes(path));

    /// <summary>Runs scripts/rebuild-search-index.js on this site (lunr.js 2.3.9 from node_modules); returns exit code and output.</summary>
    public (int ExitCode, string Output) RebuildScript(params string[] arguments) => Node.Run(Path.Combine(RepoPaths.Root, "scripts", "rebuild-search-index.js"), [Output, .. arguments]);

    /// <summary>The manifest's shard files, in term order.</summary>
    public IReadOnlyList<string> ShardFiles()
    {
        using var manifest = Json(RareEarthArchive.Site.Search.SearchIndexOutputs.ManifestPath);
        var index = manifest.RootElement.GetProperty("index");
        var (folder, hashes) = (index.GetProperty("folder").GetString()!, index.GetProperty("files").GetString()!);
        Assert.Equal(index.GetProperty("bounds").GetArrayLength() * 12, hashes.Length);
        return [.. Enumerable.Range(0, hashes.Length / 12).Select(i => folder + hashes.Substring(i * 12, 12) + ".json")];
    }

    /// <summary>
    /// Every term of the published shards with the refs of the documents that hold it (any field), decoded from the
    /// compact form (CompactPostings.cs) independently of the page's loader.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> TermDocuments()
    {
        using var manifest = Json(RareEarthArchive.Site.Search.SearchIndexOutputs.ManifestPath);
        var refs = manifest.RootElement.GetProperty("index").GetProperty("refs").EnumerateArray()
            .SelectMany(run => Enumerable.Range(0, run[2].GetInt32()).Select(i => run[1].GetInt32() < 0
                ? run[0].GetString()!
                : run[0].GetString() + (run[1].GetInt32() + i).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var terms = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var file in ShardFiles())
        {
            using var shard = Json(file);
            foreach (var entry in shard.RootElement.GetProperty("t").EnumerateArray())
            {
                var documents = new HashSet<string>(StringComparer.Ordinal);
                foreach (var field in entry.EnumerateArray().Skip(2).Where(f => f.ValueKind == JsonValueKind.Array))
                {
                    var gaps = field[1].EnumerateArray().Select(g => g.GetInt32()).ToList();
                    var runs = field.GetArrayLength() > 3 ? field[3].EnumerateArray().Select(r => r.GetInt32()).ToList() : null;
                    var at = 0;
                    for (var r = 0; r < gaps.Count; r++)
                    {
                        at += gaps[r];
                        for (var n = runs?[r] ?? 1; n > 0; n--)
                        {
                            documents.Add(refs[at++]);
                        }
                    }
                }

                terms.Add(entry[0].GetString()!, documents);
            }
        }

        return terms;
    }

    /// <summary>
    /// Every display entry, read through the manifest the way the page finds them: ref → display file number (ref
    /// number / display.size) → its directory (number / directory.size, hashed in the manifest) → the display hash.
    /// Checks on the way that every directory and display file named exists and holds exactly the refs it should.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> DisplayEntries() => DisplayFiles().Entries;

    /// <summary>What the manifest's display part reaches.</summary>
    /// <param name="Entries">Every display entry by ref.</param>
    /// <param name="Directories">Every directory file, in the manifest's order.</param>
    /// <param name="Files">Every display file, in the directories' order.</param>
    /// <param name="FilesOf">Per ref, the directory file and the display file the page needs to show it.</param>
    public sealed record DisplayLayout(
        IReadOnlyDictionary<string, JsonElement> Entries,
        IReadOnlyList<string> Directories,
        IReadOnlyList<string> Files,
        IReadOnlyDictionary<string, (string Directory, string Display)> FilesOf);

    /// <summary>The display entries, and every directory and display file reached from the manifest, in order.</summary>
    public DisplayLayout DisplayFiles()
    {
        using var manifest = Json(RareEarthArchive.Site.Search.SearchIndexOutputs.ManifestPath);
        var display = manifest.RootElement.GetProperty("display");
        var folder = display.GetProperty("folder").GetString()!;
        var size = display.GetProperty("size").GetInt32();
        var directory = display.GetProperty("directory");
        var (directoryFolder, directorySize) = (directory.GetProperty("folder").GetString()!, directory.GetProperty("size").GetInt32());
        var entries = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var (directories, displayFiles) = (new List<string>(), new List<string>());
        var filesOf = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var files in directory.GetProperty("files").EnumerateObject())
        {
            var directoryHashes = files.Value.GetString()!;
            Assert.Equal(0, directoryHashes.Length % 12);
            for (var d = 0; d < directoryHashes.Length / 12; d++)
            {
                var directoryFile = directoryFolder + directoryHashes.Substring(d * 12, 12) + ".json";
                directories.Add(directoryFile);
                using var list = Json(directoryFile);
                var hashes = list.RootElement.GetProperty("files").GetString()!;
                Assert.Equal(0, hashes.Length % 12);
                Assert.InRange(hashes.Length / 12, 1, directorySize);
                Assert.True(d == directoryHashes.Length / 12 - 1 || hashes.Length / 12 == directorySize, $"{directoryFile} is not the last of {files.Name} and names fewer than {directorySize} files");
                for (var at = 0; at < hashes.Length; at += 12)
                {
                    var file = folder + hashes.Substring(at, 12) + ".json";
                    displayFiles.Add(file);
                    using var chunk = Json(file);
                    var n = (d * directorySize + at / 12) * size;
                    foreach (var entry in chunk.RootElement.EnumerateObject())
                    {
                        Assert.StartsWith(files.Name, entry.Name, StringComparison.Ordinal);
                        var number = int.Parse(entry.Name[1..], System.Globalization.CultureInfo.InvariantCulture);
                        Assert.True(number >= n && number < n + size, $"{entry.Name} is not in display file {d * directorySize + at / 12} of {files.Name}");
                        entries.Add(entry.Name, entry.Value.Clone());
                        filesOf.Add(entry.Name, (directoryFile, file));
                    }
                }
            }
        }

        return new DisplayLayout(entries, directories, displayFiles, filesOf);
    }

    /// <summary>Searches the published shards under Node, as the page does: query → refs in lunr's order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> NodeSearch(params string[] queries)
    {
        var (code, output) = RebuildScript([.. queries.SelectMany(q => new[] { "--search", q })]);
        Assert.True(code == 0, output);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => (IReadOnlyList<string>)[.. p.Value.EnumerateArray().Select(r => r.GetProperty("ref").GetString()!)],
            StringComparer.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Output, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder does not fail a test
        }
    }
}

/// <summary>Node, with the repo's node_modules (lunr.js 2.3.9) required: a missing install fails with the fix.</summary>
internal static class Node
{
    public static (int ExitCode, string Output) Run(string script, IReadOnlyList<string> arguments)
    {
        var lunr = Path.Combine(RepoPaths.Root, "node_modules", "lunr", "lunr.js");
        Assert.True(File.Exists(lunr), $"{lunr} is missing: run `npm ci` at the repo root (package.json pins lunr 2.3.9).");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("node timed out");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
