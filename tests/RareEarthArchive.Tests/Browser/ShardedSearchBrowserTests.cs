using System.Text.Json;
using RareEarthArchive.Site.Search;
using RareEarthArchive.Tests.Search;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Browser;

/// <summary>The seed archive with small shards (dozens of term ranges), served for the browser.</summary>
public sealed class ServedSmallShardSite : IAsyncLifetime
{
    internal SearchSite Site { get; private set; } = null!;

    public StaticSiteServer Server { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Site = SearchSite.Build(RepoPaths.Root, "https://owner.github.io" + ServedSeedSite.BasePath, SmallShardSeedSearch.Options);
        Server = StaticSiteServer.Start(Site.Output, ServedSeedSite.BasePath);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Site.Dispose();
    }
}

/// <summary>The sharded index in real Chromium: the page's own loader against lunr.js's full index, and what a query downloads.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ShardedSearchBrowserTests(ChromiumFixture chromium, ServedSmallShardSite served) : IClassFixture<ServedSmallShardSite>
{
    // In the page: the full index rebuilt by lunr.js from documents.json, then every query through window.reaSearch
    // (a fresh ShardedIndex each time, so each loads only its own shards) compared by refs, order, scores and match data.
    private const string CompareScript = """
        async queries => {
          const base = document.getElementById('search-app').dataset.basePath;
          const d = await (await fetch(base + 'search/documents.json')).json();
          const full = lunr(function () {
            if (d.configure) lunrConfigure(this);
            this.ref(d.ref);
            d.fields.forEach(f => this.field(f.name, { boost: f.boost }));
            d.documents.forEach(x => this.add(x.doc, x.attributes));
          });
          const manifest = await (await fetch(base + 'search/manifest.json')).json();
          const load = file => fetch(base + file).then(r => r.json());
          const out = { differences: [], results: 0, errors: 0 };
          for (const q of queries) {
            let a, b;
            try { a = JSON.stringify(full.search(q).map(r => [r.ref, r.score, r.matchData.metadata])); } catch (e) { a = 'error ' + e.name + ' ' + e.message; }
            try { b = JSON.stringify((await new lunr.rea.ShardedIndex(manifest.index, load).search(q)).results.map(r => [r.ref, r.score, r.matchData.metadata])); } catch (e) { b = 'error ' + e.name + ' ' + e.message; }
            if (a.startsWith('error')) out.errors++; else out.results += JSON.parse(a).length;
            if (a !== b) out.differences.push(q + ' | ' + a.slice(0, 200) + ' | ' + b.slice(0, 200));
          }
          return JSON.stringify(out);
        }
        """;

    private StaticSiteServer Server => served.Server;

    [Fact]
    public async Task Seeded_queries_from_the_shards_equal_the_full_index_in_chromium()
    {
        using var documents = served.Site.Json(SearchIndexOutputs.DocumentsPath);
        var queries = SeededQueries.From(documents, 320, seed: 9);
        await using var session = await chromium.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync(Server.Url("search/"));
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.searchReady === 'true'");
        using var report = JsonDocument.Parse(await page.EvaluateAsync<string>(CompareScript, queries));
        var differences = report.RootElement.GetProperty("differences");
        Assert.True(differences.GetArrayLength() == 0, differences.ToString());
        Assert.True(report.RootElement.GetProperty("results").GetInt32() > 5000, report.RootElement.ToString());
        session.Probe.AssertClean();
    }

    [Fact]
    public async Task A_word_loads_one_shard_and_its_results_display_files_only()
    {
        await using var session = await chromium.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync(Server.Url("search/?q=refining"));
        await page.WaitForFunctionAsync("() => document.getElementById('search-results').dataset.query === 'refining'");
        Assert.NotEqual("0", await page.GetAttributeAsync("#search-results", "data-count"));
        var requests = session.Probe.Requests.ToList();
        var shards = requests.Count(u => u.Contains("/search/index/", StringComparison.Ordinal));
        var displayFiles = requests.Count(u => u.Contains("/search/display/", StringComparison.Ordinal));
        Assert.Equal(1, shards);
        Assert.True(served.Site.ShardFiles().Count >= 20);
        Assert.InRange(displayFiles, 1, 30);
        Assert.DoesNotContain(requests, u => u.Contains("documents.json", StringComparison.Ordinal) || u.Contains("/search/facets/", StringComparison.Ordinal));

        // One CJK character is one exact term: one shard, no term list.
        var before = session.Probe.Requests.Count;
        await page.FillAsync("#search-q", "稀");
        await page.PressAsync("#search-q", "Enter");
        await page.WaitForFunctionAsync("() => document.getElementById('search-results').dataset.query === '稀'");
        Assert.NotEqual("0", await page.GetAttributeAsync("#search-results", "data-count"));
        Assert.Contains("稀", await page.Locator("#search-results mark").AllTextContentsAsync());
        var cjkRequests = session.Probe.Requests.Skip(before).ToList();
        Assert.True(cjkRequests.Count(u => u.Contains("/search/index/", StringComparison.Ordinal)) <= 1, string.Join("\n", cjkRequests));
        Assert.DoesNotContain("list of all words", await page.TextContentAsync("#search-status") ?? "", StringComparison.Ordinal);

        // A leading wildcard reads the term list and says so.
        await page.FillAsync("#search-q", "*ing");
        await page.PressAsync("#search-q", "Enter");
        await page.WaitForFunctionAsync("() => document.getElementById('search-results').dataset.query === '*ing'");
        Assert.Contains("list of all words", await page.TextContentAsync("#search-status") ?? "", StringComparison.Ordinal);
        session.Probe.AssertClean();
    }

    [Fact]
    public async Task A_result_page_loads_only_the_directories_and_display_files_of_the_results_it_shows()
    {
        // The small layout: 2 refs a display file, 2 files a directory, so every kind has several directories.
        var layout = served.Site.DisplayFiles();
        await using var session = await chromium.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync(Server.Url("search/?q=rare"));
        await page.WaitForFunctionAsync("() => document.getElementById('search-results').dataset.query === 'rare'");
        var shown = await ShownRefs(page);
        Assert.True(shown.Count > PerPage, $"{shown.Count} results shown: the query should fill more than one group");
        AssertLoadedExactly(session, layout, shown);
        Assert.True(Requested(session, "directory").Count < layout.Directories.Count, "every directory was loaded");

        // The next page of a group adds the files of its own results only.
        await page.ClickAsync(".search-more");
        await page.WaitForFunctionAsync($"() => window.reaSearch.results.length > {shown.Count}");
        var more = await ShownRefs(page);
        AssertLoadedExactly(session, layout, more);
        session.Probe.AssertClean();
    }

    private const int PerPage = 10;

    private static async Task<IReadOnlyList<string>> ShownRefs(Microsoft.Playwright.IPage page) =>
        await page.EvaluateAsync<string[]>("() => window.reaSearch.results.map(r => r.ref)");

    /// <summary>The site-relative paths of the files fetched from search/FOLDER/.</summary>
    private static HashSet<string> Requested(BrowserSession session, string folder) =>
        [.. session.Probe.Requests.Select(u => new Uri(u).AbsolutePath).Where(p => p.Contains("/search/" + folder + "/", StringComparison.Ordinal))
            .Select(p => p[p.IndexOf("search/", StringComparison.Ordinal)..])];

    private static void AssertLoadedExactly(BrowserSession session, SearchSite.DisplayLayout layout, IReadOnlyList<string> shown)
    {
        Assert.Equal(shown.Select(r => layout.FilesOf[r].Directory).ToHashSet(StringComparer.Ordinal).Order(StringComparer.Ordinal), Requested(session, "directory").Order(StringComparer.Ordinal));
        Assert.Equal(shown.Select(r => layout.FilesOf[r].Display).ToHashSet(StringComparer.Ordinal).Order(StringComparer.Ordinal), Requested(session, "display").Order(StringComparer.Ordinal));
    }
}
