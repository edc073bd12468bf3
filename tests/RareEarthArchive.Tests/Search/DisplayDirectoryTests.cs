using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RareEarthArchive.Site.Search;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Search;

/// <summary>
/// The display directories (search/directory/HASH.json): the display files' hashes, kept out of the manifest and
/// fetched with the display data (docs/search.md). Every display entry is reachable through them, each file once,
/// and their bytes follow from the display files alone.
/// </summary>
public sealed class DisplayDirectoryTests(SmallShardSeedSearch small, SeedArchiveSearch seed) : IClassFixture<SmallShardSeedSearch>, IClassFixture<SeedArchiveSearch>
{
    [Fact]
    public void Every_display_entry_is_reachable_through_one_directory_and_every_file_is_named_once()
    {
        var site = small.Site;
        var layout = site.DisplayFiles();
        using var documents = site.Json(SearchIndexOutputs.DocumentsPath);
        var refs = documents.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("doc").GetProperty("ref").GetString()!).ToList();
        Assert.Equal(refs.Order(StringComparer.Ordinal), layout.Entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(layout.Files.Count, layout.Files.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(layout.Directories.Count, layout.Directories.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(site.Built.Files.Keys.Where(p => p.StartsWith(SearchIndexOutputs.DisplayFolder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal), layout.Files.Order(StringComparer.Ordinal));
        Assert.Equal(site.Built.Files.Keys.Where(p => p.StartsWith(SearchIndexOutputs.DirectoryFolder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal), layout.Directories.Order(StringComparer.Ordinal));

        // The small layout (2 refs a file, 2 files a directory) gives every kind more than one directory, so a result
        // page of the browser tests spans several.
        using var manifest = site.Json(SearchIndexOutputs.ManifestPath);
        var directory = manifest.RootElement.GetProperty("display").GetProperty("directory");
        Assert.Equal(SmallShardSeedSearch.Options.SearchDisplayDirectorySize, directory.GetProperty("size").GetInt32());
        foreach (var kind in new[] { "s", "c", "a" })
        {
            Assert.True(directory.GetProperty("files").GetProperty(kind).GetString()!.Length > 12, $"kind {kind} has one directory");
        }
    }

    [Fact]
    public void The_manifest_names_directories_and_no_display_file()
    {
        foreach (var site in new[] { small.Site, seed.Site })
        {
            var manifest = site.Built.Text(SearchIndexOutputs.ManifestPath);
            var layout = site.DisplayFiles();
            Assert.All(layout.Files, f => Assert.DoesNotContain(Path.GetFileNameWithoutExtension(f), manifest, StringComparison.Ordinal));
            Assert.All(layout.Directories, f => Assert.Contains(Path.GetFileNameWithoutExtension(f), manifest, StringComparison.Ordinal));
        }

        using var defaults = seed.Site.Json(SearchIndexOutputs.ManifestPath);
        var display = defaults.RootElement.GetProperty("display");
        Assert.Equal(4, defaults.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(SearchIndexOutputs.DefaultDisplayChunkSize, display.GetProperty("size").GetInt32());
        Assert.Equal(SearchIndexOutputs.DefaultDisplayDirectorySize, display.GetProperty("directory").GetProperty("size").GetInt32());
        Assert.Equal(SearchIndexOutputs.DirectoryFolder + "/", display.GetProperty("directory").GetProperty("folder").GetString());
    }

    [Fact]
    public void A_directory_is_the_hashes_of_its_display_files_in_ref_order_and_rebuilds_to_the_same_bytes()
    {
        var site = small.Site;
        var layout = site.DisplayFiles();
        var byDirectory = layout.FilesOf.Values.GroupBy(f => f.Directory, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(f => f.Display).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        foreach (var directory in layout.Directories)
        {
            // The files in the order of their refs' numbers, each named by the hash of its own bytes.
            var files = byDirectory[directory].OrderBy(f => FirstNumber(site, f)).ToList();
            var expected = "{\"files\":\"" + string.Concat(files.Select(f => Convert.ToHexStringLower(SHA256.HashData(site.Bytes(f)))[..12])) + "\"}";
            Assert.Equal(expected, Encoding.UTF8.GetString(site.Bytes(directory)));
        }

        using var again = SearchSite.Build(RepoPaths.Root, SeedArchiveSearch.BaseUrl, SmallShardSeedSearch.Options);
        var search = site.Built.Files.Keys.Where(p => p.StartsWith("search/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(search, again.Built.Files.Keys.Where(p => p.StartsWith("search/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(search, p => Assert.True(site.Bytes(p).AsSpan().SequenceEqual(again.Bytes(p)), $"{p} differs between two builds"));
    }

    private static int FirstNumber(SearchSite site, string displayFile)
    {
        using var chunk = site.Json(displayFile);
        return int.Parse(chunk.RootElement.EnumerateObject().First().Name[1..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
