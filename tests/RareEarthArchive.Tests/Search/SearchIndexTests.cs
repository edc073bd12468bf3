using System.IO.Compression;
using System.Text;
using System.Text.Json;
using RareEarthArchive.Bench;
using RareEarthArchive.Site.Search;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Search;

/// <summary>
/// The site's search outputs (issue 4): what is indexed, documents.json as a rebuild recipe that real lunr.js
/// turns into the same bytes, CJK search, URLs, and the size budget.
/// </summary>
public sealed class SearchIndexTests(SeedArchiveSearch seed) : IClassFixture<SeedArchiveSearch>
{
    /// <summary>The seed archive's sources that contain Chinese text (original titles and headings); all are language: en.</summary>
    private static readonly string[] ChineseSources = ["quad-alliance-sohu-2025-07-04", "quad-alliance-sohu-2025-07-05"];

    // Budget for the seed archive (6 sources, 30 claims, ~90 passages): about 1.7x today's size. A jump past it
    // means something unbounded got indexed (whole pages, URLs as refs, snippets without a cap).
    private const int IndexRawBudget = 400 * 1024;
    private const int IndexGzipBudget = 96 * 1024;
    private const int DisplayRawBudget = 128 * 1024;

    private SearchSite Site => seed.Site;

    [Fact]
    public void Publishes_the_index_documents_display_pipeline_and_lunr()
    {
        foreach (var path in new[] { SearchIndexOutputs.ManifestPath, SearchIndexOutputs.DocumentsPath, "search/pipeline.js", "search/shards.js", SearchIndexOutputs.LunrPath, "assets/search.js", "assets/search.css", "search/index.html" })
        {
            Assert.True(Site.Built.Files.ContainsKey(path), $"missing {path}");
        }
        Assert.Equal("search/manifest.json", SearchIndexOutputs.ManifestPath);
        Assert.Equal("search/documents.json", SearchIndexOutputs.DocumentsPath);
        Assert.NotEmpty(Site.ShardFiles());
    }

    [Fact]
    public void Documents_json_says_exactly_what_was_indexed()
    {
        using var documents = Site.Json(SearchIndexOutputs.DocumentsPath);
        var root = documents.RootElement;
        Assert.Equal("ref", root.GetProperty("ref").GetString());
        Assert.Equal(["title:10", "tags:5", "publisher:3", "claim:2", "body:1"],
            root.GetProperty("fields").EnumerateArray().Select(f => $"{f.GetProperty("name").GetString()}:{f.GetProperty("boost").GetDouble()}"));
        Assert.Equal("search/pipeline.js", root.GetProperty("pipelineScript").GetString());
        Assert.True(root.GetProperty("configure").GetBoolean());
        Assert.True(File.Exists(Path.Combine(Site.Output, root.GetProperty("pipelineScript").GetString()!)));

        var model = ArchiveModel.Load(RepoPaths.Root);
        var refs = root.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("doc").GetProperty("ref").GetString()!).ToList();
        Assert.Equal(model.Sources.Length, refs.Count(r => r.StartsWith('s')));
        Assert.Equal(model.Claims.Length, refs.Count(r => r.StartsWith('c')));
        Assert.Equal(model.AnnotationCount, refs.Count(r => r.StartsWith('a')));
        Assert.Equal(refs.Count, refs.Distinct(StringComparer.Ordinal).Count());

        using var manifest = Site.Json(SearchIndexOutputs.ManifestPath);
        var index = manifest.RootElement.GetProperty("index");
        Assert.Equal("2.3.9", index.GetProperty("version").GetString());
        Assert.Equal(["rea-trimmer", "rea-cjk-bigram", "stopWordFilter", "stemmer"], index.GetProperty("pipeline").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Seed_index_rebuilt_by_lunr_js_from_documents_json_is_byte_identical()
    {
        var (code, output) = Site.RebuildScript("--check");
        Assert.True(code == 0, output);
        Assert.StartsWith("identical:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Synthetic_archive_index_rebuilt_by_lunr_js_is_byte_identical()
    {
        using var folder = TempSite.Empty();
        SyntheticArchive.Write(folder.Path, new SyntheticArchive.Options(Sources: 60, Seed: 4242));
        using var site = SearchSite.Build(folder.Path, "https://example.org/Synthetic/");
        using (var documents = site.Json(SearchIndexOutputs.DocumentsPath))
        {
            Assert.True(documents.RootElement.GetProperty("documents").GetArrayLength() > 60);
        }
        var (code, output) = site.RebuildScript("--check");
        Assert.True(code == 0, output);

        // The synthetic archive's zh-Hans sources are found by a bigram of their own title.
        var chinese = site.DisplayEntries()
            .Where(d => d.Value.GetProperty("lang").GetString() == "zh-Hans" && d.Value.GetProperty("type").GetString() == "source").ToList();
        Assert.NotEmpty(chinese);
        foreach (var source in chinese.Take(3))
        {
            var bigram = source.Value.GetProperty("title").GetString()![..2];
            Assert.Contains(source.Key, site.NodeSearch(bigram)[bigram]);
        }
    }

    [Fact]
    public void Index_holds_cjk_bigrams_of_the_chinese_sources()
    {
        var terms = Site.TermDocuments();
        var display = Display();
        foreach (var bigram in new[] { "稀土", "土联", "联盟", "四国", "让步" })
        {
            Assert.True(terms.TryGetValue(bigram, out var refs), $"no term {bigram}");
            foreach (var id in ChineseSources)
            {
                Assert.Contains(display.Single(d => d.Value.Url == $"sources/{id}/").Key, refs);
            }
        }
        // lunr's own trimmer would have left no CJK term at all, and a whole unsegmented sentence is not a term.
        Assert.DoesNotContain(terms.Keys, t => t.Length > 2 && t.All(c => c >= 0x4E00 && c <= 0x9FFF));
    }

    [Fact]
    public void Chinese_query_finds_the_sources_with_chinese_text_under_node()
    {
        var results = Site.NodeSearch("稀土", "稀土联盟", "四国");
        var display = Display();
        foreach (var query in results.Keys)
        {
            var sources = results[query].Where(r => display[r].Type == "source").Select(r => display[r].Url).ToList();
            Assert.Equal(ChineseSources.Select(id => $"sources/{id}/").Order(StringComparer.Ordinal), sources.Order(StringComparer.Ordinal));
        }
        // The 5 July summary's headline is an annotated passage: its anchor is a result too.
        Assert.Contains(results["稀土"], r => display[r].Type == "annotation" && display[r].Url.StartsWith("sources/quad-alliance-sohu-2025-07-05/#", StringComparison.Ordinal));
        // The claim whose commentary quotes 稀土联盟.
        Assert.Contains(results["稀土"], r => display[r].Url == "claims/quad-critical-minerals-initiative/");
    }

    [Fact]
    public void One_character_cjk_queries_find_every_text_that_contains_the_character()
    {
        // 稀 (rare) and 土 (earth) and 国 (country) stand alone: each must find exactly the documents whose indexed
        // text holds the character, found by documents.json's own text (not by the index under test).
        var indexed = IndexedText();
        foreach (var (query, refs) in Site.NodeSearch("稀", "土", "国", "联"))
        {
            var expected = indexed.Where(d => d.Value.Contains(query, StringComparison.Ordinal)).Select(d => d.Key).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, refs.Order(StringComparer.Ordinal));
        }
        // A longer query still looks up its bigrams only: 稀土 does not match a text with 土 alone.
        var rareEarth = Site.NodeSearch("稀土")["稀土"];
        Assert.All(rareEarth, r => Assert.Contains("稀土", indexed[r], StringComparison.Ordinal));
    }

    [Fact]
    public void English_query_finds_claims_passages_and_sources_with_stemming()
    {
        var results = Site.NodeSearch("refining", "title:refined", "+quad +india", "Zaobao");
        var display = Display();
        var refining = results["refining"].Select(r => display[r]).ToList();
        Assert.Equal("claims/china-share-of-rare-earth-refining/", refining.First(d => d.Type == "claim").Url);
        Assert.Contains(refining, d => d.Type == "annotation");
        Assert.Contains(refining, d => d.Type == "source");
        Assert.NotEmpty(results["title:refined"]);
        var indexed = IndexedText();
        Assert.NotEmpty(results["+quad +india"]);
        Assert.All(results["+quad +india"], r => Assert.True(indexed[r].Contains("quad", StringComparison.OrdinalIgnoreCase) && indexed[r].Contains("india", StringComparison.OrdinalIgnoreCase), r));
        // The publisher field (boost 3) puts the outlet's own source first among sources.
        Assert.Equal("sources/zaobao-behind-the-call/", results["Zaobao"].Select(r => display[r]).First(d => d.Type == "source").Url);
    }

    [Fact]
    public void Display_urls_follow_the_site_routes_and_every_passage_anchor_exists()
    {
        var model = ArchiveModel.Load(RepoPaths.Root);
        var display = Display();
        var anchors = model.Sources.SelectMany(s => s.Annotations.Select(a => $"sources/{s.Id}/#{a.AnchorId}")).ToHashSet(StringComparer.Ordinal);
        foreach (var (docRef, entry) in display)
        {
            Assert.DoesNotContain("//", entry.Url, StringComparison.Ordinal);
            Assert.False(entry.Url.StartsWith('/'), entry.Url);
            switch (entry.Type)
            {
                case "source":
                    Assert.Matches("^sources/[a-z0-9-]+/$", entry.Url);
                    break;
                case "claim":
                    Assert.Matches("^claims/[a-z0-9-]+/$", entry.Url);
                    break;
                case "annotation":
                    Assert.Contains(entry.Url, anchors);
                    var (page, id) = (entry.Url.Split('#')[0] + "index.html", entry.Url.Split('#')[1]);
                    Assert.NotNull(Site.Built.Page(page).GetElementById(id));
                    break;
                default:
                    Assert.Fail($"{docRef}: unknown type {entry.Type}");
                    break;
            }
            Assert.True(Site.Built.Files.ContainsKey(entry.Url.Split('#')[0] + "index.html"), entry.Url);
            Assert.True(entry.Text.Length <= SiteSearchDocuments.SnippetLength, $"{docRef}: snippet of {entry.Text.Length}");
        }
        Assert.Equal(model.AnnotationCount, display.Values.Count(d => d.Type == "annotation"));
    }

    [Fact]
    public void Seed_index_stays_within_its_size_budget()
    {
        var index = Site.ShardFiles().Sum(f => Site.Bytes(f).Length);
        var indexGzip = Site.ShardFiles().Sum(f => Gzip(Site.Bytes(f)));
        var display = Site.Built.Files.Where(f => f.Key.StartsWith(SearchIndexOutputs.DisplayFolder + "/", StringComparison.Ordinal)).Sum(f => f.Value.Length);
        Assert.True(index <= IndexRawBudget, $"the shards are {index} bytes, budget {IndexRawBudget}");
        Assert.True(indexGzip <= IndexGzipBudget, $"the shards are {indexGzip} bytes gzipped, budget {IndexGzipBudget}");
        Assert.True(display <= DisplayRawBudget, $"the display files are {display} bytes, budget {DisplayRawBudget}");
    }

    [Fact]
    public void Lunr_js_is_the_npm_packages_minified_build_copied_at_build_time()
    {
        var npm = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "node_modules", "lunr", "lunr.min.js"));
        Assert.Equal("assets/lunr.min.js", SearchIndexOutputs.LunrPath);
        Assert.Equal(npm, Site.Bytes(SearchIndexOutputs.LunrPath));
        Assert.Contains("e.version=\"2.3.9\"", Encoding.UTF8.GetString(npm), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(RepoPaths.Root, "themes", "default", "assets", "lunr.js")), "lunr.js must not be committed to the theme");
        Assert.False(File.Exists(Path.Combine(RepoPaths.Root, "themes", "default", "assets", "lunr.min.js")), "lunr.js must not be committed to the theme");
    }

    [Fact]
    public void Search_page_loads_everything_from_the_base_path()
    {
        var page = Site.Built.Page("search/index.html");
        var app = page.GetElementById("search-app")!;
        Assert.Equal(SeedArchiveSearch.BasePath, app.GetAttribute("data-base-path"));
        Assert.Equal(
            [SeedArchiveSearch.BasePath + SearchIndexOutputs.LunrPath, SeedArchiveSearch.BasePath + "search/pipeline.js", SeedArchiveSearch.BasePath + "search/shards.js", SeedArchiveSearch.BasePath + "assets/search.js"],
            page.QuerySelectorAll("main script[src]").Select(s => s.GetAttribute("src")!.Split('?')[0]));
        Assert.Contains(page.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.Split('?')[0] == SeedArchiveSearch.BasePath + "assets/search.css");
        Assert.NotNull(page.QuerySelector("noscript"));
        foreach (var control in page.QuerySelectorAll("#search-app input, #search-app select"))
        {
            var id = control.GetAttribute("id");
            var labelled = control.Closest("label") is not null || (id is not null && page.QuerySelector($"label[for='{id}']") is not null);
            Assert.True(labelled, $"unlabelled control {control.OuterHtml}");
        }
        // The header's plain GET form leads here on every page, without JavaScript.
        var header = Site.Built.Page("index.html").QuerySelector("form.site-search")!;
        Assert.Equal(SeedArchiveSearch.BasePath + "search/", header.GetAttribute("action"));
        Assert.Equal("q", header.QuerySelector("input[type=search]")!.GetAttribute("name"));
    }

    [Theory]
    [InlineData("short text", 20, "short text")]
    [InlineData("  spaced \n\n out  ", 20, "spaced out")]
    [InlineData("one two three four five six", 15, "one two three…")]
    [InlineData("稀土稀土稀土稀土稀土", 5, "稀土稀土…")]
    public void Snippets_are_capped_and_collapsed(string text, int max, string expected) =>
        Assert.Equal(expected, SiteSearchDocuments.Cap(text, max));

    [Fact]
    public void Snippet_cap_never_splits_a_surrogate_pair() =>
        Assert.Equal("ab…", SiteSearchDocuments.Cap("ab\U00020000cdef", 3));

    private record DisplayEntry(string Type, string Title, string Url, string Text);

    private Dictionary<string, DisplayEntry> Display() => Site.DisplayEntries().ToDictionary(
        p => p.Key,
        p => new DisplayEntry(p.Value.GetProperty("type").GetString()!, p.Value.GetProperty("title").GetString()!, p.Value.GetProperty("url").GetString()!, p.Value.GetProperty("text").GetString()!),
        StringComparer.Ordinal);

    /// <summary>Every document's field values from documents.json, joined: ref → text.</summary>
    private Dictionary<string, string> IndexedText()
    {
        using var documents = Site.Json(SearchIndexOutputs.DocumentsPath);
        return documents.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(
            d => d.GetProperty("doc").GetProperty("ref").GetString()!,
            d => string.Join(" ", d.GetProperty("doc").EnumerateObject().Select(f => f.Value.GetString())),
            StringComparer.Ordinal);
    }

    private static int Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        return (int)output.Length;
    }
}
