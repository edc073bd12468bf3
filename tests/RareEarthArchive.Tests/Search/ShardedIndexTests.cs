using System.Security.Cryptography;
using System.Text.Json;
using RareEarthArchive.Bench;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Search;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Search;

/// <summary>
/// The seed archive built with small shards (many ranges, so queries span shards) and small display files and
/// directories (so a result page spans several of each), files on disk for Node.
/// </summary>
public sealed class SmallShardSeedSearch : IDisposable
{
    /// <summary>
    /// A few kB per shard: the seed archive's ~90 kB of compact shards become dozens of ranges. Two refs per display
    /// file and two files per directory: every kind has more than one directory.
    /// </summary>
    public static readonly ProductOptions Options = new(SearchShardTargetBytes: 2 * 1024, SearchDisplayChunkSize: 2, SearchDisplayDirectorySize: 2);

    public SmallShardSeedSearch()
    {
        Site = SearchSite.Build(RepoPaths.Root, SeedArchiveSearch.BaseUrl, Options);
    }

    internal SearchSite Site { get; }

    public void Dispose() => Site.Dispose();
}

/// <summary>
/// The proof that the sharded index is the index (issue 9): merging every shard gives the bytes lunr.js builds from
/// documents.json, and seeded queries of every form give, from the shards alone, the full index's results, order,
/// scores and match data.
/// </summary>
public sealed class ShardedIndexTests(SmallShardSeedSearch small, SeedArchiveSearch seed) : IClassFixture<SmallShardSeedSearch>, IClassFixture<SeedArchiveSearch>
{
    [Fact]
    public void Every_shard_merged_is_byte_identical_to_the_index_lunr_js_builds_from_documents_json()
    {
        foreach (var site in new[] { small.Site, seed.Site })
        {
            var (code, output) = site.RebuildScript("--check");
            Assert.True(code == 0, output);
            Assert.Matches(@"^identical: \d+ bytes, \d+ documents, \d+ shards merged", output);
        }
        Assert.True(small.Site.ShardFiles().Count >= 20, $"only {small.Site.ShardFiles().Count} shards");
    }

    [Fact]
    public void Seeded_queries_from_the_shards_equal_the_full_index_in_node()
    {
        using var documents = small.Site.Json(SearchIndexOutputs.DocumentsPath);
        var queries = SeededQueries.From(documents, 320, seed: 9);
        var report = Compare(small.Site, queries);
        Assert.Equal(320, report.GetProperty("queries").GetInt32());
        Assert.True(report.GetProperty("differences").GetArrayLength() == 0, report.GetProperty("differences").ToString());
        // The comparison compared something: many results, wildcard/fuzzy queries through the term list, negated ones through the refs.
        Assert.True(report.GetProperty("results").GetInt32() > 5000, report.ToString());
        Assert.True(report.GetProperty("termsLoaded").GetInt32() >= 30, report.ToString());
        Assert.True(report.GetProperty("refsLoaded").GetInt32() >= 20, report.ToString());
        // And the shards were not all loaded each time: a query reads a small part of the index.
        var shards = report.GetProperty("shards").GetInt32();
        var perQuery = report.GetProperty("shardsLoaded").GetDouble() / (320 - report.GetProperty("errors").GetInt32());
        Assert.True(perQuery < shards / 4.0, $"{perQuery:0.0} of {shards} shards per query");
    }

    [Fact]
    public void Synthetic_archive_shards_merge_to_the_lunr_js_index_and_answer_alike()
    {
        using var folder = TempSite.Empty();
        SyntheticArchive.Write(folder.Path, new SyntheticArchive.Options(Sources: 60, Seed: 77));
        using var site = SearchSite.Build(folder.Path, "https://example.org/Synthetic/", new ProductOptions(SearchShardTargetBytes: 16 * 1024));
        var (code, output) = site.RebuildScript("--check");
        Assert.True(code == 0, output);
        using var documents = site.Json(SearchIndexOutputs.DocumentsPath);
        var report = Compare(site, SeededQueries.From(documents, 160, seed: 11));
        Assert.True(report.GetProperty("differences").GetArrayLength() == 0, report.GetProperty("differences").ToString());
    }

    [Fact]
    public void Search_data_files_are_named_by_their_content_hash_and_all_are_reachable_from_the_manifest()
    {
        var site = small.Site;
        string[] folders = ["search/index/", "search/directory/", "search/display/", "search/facets/"];
        var data = site.Built.Files.Keys.Where(p => folders.Any(f => p.StartsWith(f, StringComparison.Ordinal))).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(data);
        foreach (var path in data)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(site.Bytes(path)))[..12];
            Assert.Equal(hash + ".json", Path.GetFileName(path));
        }

        using var manifest = site.Json(SearchIndexOutputs.ManifestPath);
        var display = site.DisplayFiles();
        List<string> reachable =
        [
            .. site.ShardFiles(),
            manifest.RootElement.GetProperty("index").GetProperty("terms").GetString()!,
            manifest.RootElement.GetProperty("facets").GetString()!,
            .. display.Directories,
            .. display.Files,
        ];
        Assert.Equal(data, reachable.Order(StringComparer.Ordinal));
        Assert.Equal(display.Entries.Count, JsonDocument.Parse(site.Bytes(SearchIndexOutputs.DocumentsPath)).RootElement.GetProperty("documents").GetArrayLength());
        Assert.False(site.Built.Files.ContainsKey("search/lunr-index.json"), "the whole index is no longer published: the shards are");
    }

    private static JsonElement Compare(SearchSite site, IReadOnlyList<string> queries)
    {
        var file = Path.Combine(site.Output, "queries-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, JsonSerializer.Serialize(queries));
        var (code, output) = site.RebuildScript("--compare", file);
        Assert.True(code is 0 or 1, output);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
