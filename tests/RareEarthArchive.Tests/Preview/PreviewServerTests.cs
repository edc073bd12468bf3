using System.Net;
using System.Net.NetworkInformation;
using AngleSharp.Html.Parser;
using RareEarthArchive.Cli.Preview;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Outputs;
using RareEarthArchive.Site.Routing;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Preview;

public sealed class PreviewServerTests
{
    private const string ClaimFile = "content/claims/china-april-2025-rare-earth-export-controls.md";
    private const string ClaimPage = "/claims/china-april-2025-rare-earth-export-controls/";

    // Every form of "step out of the output folder" a client could send: raw, encoded once, encoded twice, with
    // backslashes, as an absolute path or a drive letter. None may answer with a file's content.
    public static TheoryData<string> Escapes =>
    [
        "/../site.config.yml",
        "/../../../../../../etc/passwd",
        "/%2e%2e/site.config.yml",
        "/%2E%2E%2Fsite.config.yml",
        "/..%2fsite.config.yml",
        "/assets/..%2f..%2fsite.config.yml",
        "/%252e%252e/site.config.yml",
        "/..%5csite.config.yml",
        "//etc/passwd",
        "/C:/Windows/win.ini",
        "/etc/passwd",
        "/site.config.yml",
        "/assets/%00.css",
        "http://127.0.0.1/../site.config.yml",
    ];

    [Fact]
    public async Task Path_traversal_never_serves_a_file_from_outside_the_build()
    {
        using var site = TempSite.CopyOfRealArchive();
        await using var preview = await RunningPreview.StartAsync(site.Path);
        foreach (var target in Escapes)
        {
            var (status, body) = await preview.RawGetAsync(target);
            Assert.True(status is 400 or 404, $"{target} answered {status}");
            Assert.DoesNotContain("vocabularies:", body, StringComparison.Ordinal);
            Assert.DoesNotContain("root:x:0:0", body, StringComparison.Ordinal);
        }
        // The matrix is only meaningful if the same server does serve real files.
        Assert.Equal(200, (await preview.RawGetAsync("/assets/site.css")).Status);
    }

    [Fact]
    public async Task A_symlink_in_a_folder_backed_output_that_points_outside_is_not_followed()
    {
        using var site = TempSite.CopyOfRealArchive();
        using var outside = TempSite.Empty();
        outside.Write("secret.txt", "top secret");
        var output = Path.Combine(outside.Path, "out");
        await using var preview = await RunningPreview.StartAsync(site.Path, "--output", output);
        File.CreateSymbolicLink(Path.Combine(output, "leak.txt"), Path.Combine(outside.Path, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(output, "leakdir"), outside.Path);
        // A link that stays inside the output is fine: it is the target's real path that is checked.
        File.CreateSymbolicLink(Path.Combine(output, "inside.css"), Path.Combine(output, "assets", "site.css"));

        foreach (var target in new[] { "/leak.txt", "/leakdir/secret.txt", "/leakdir/", "/leakdir/out/../secret.txt" })
        {
            var (status, body) = await preview.RawGetAsync(target);
            Assert.True(status is 400 or 404, $"{target} answered {status}");
            Assert.DoesNotContain("top secret", body, StringComparison.Ordinal);
        }
        Assert.Equal(200, (await preview.RawGetAsync("/inside.css")).Status);
        Assert.Equal(200, (await preview.RawGetAsync(ClaimPage)).Status);
    }

    [Fact]
    public async Task Listens_on_the_loopback_address_only()
    {
        using var site = TempSite.CopyOfRealArchive();
        await using var preview = await RunningPreview.StartAsync(site.Path);
        Assert.Equal("127.0.0.1", preview.Address.Host);
        var listeners = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Where(l => l.Port == preview.Address.Port).ToList();
        Assert.NotEmpty(listeners);
        Assert.All(listeners, l => Assert.Equal(IPAddress.Loopback, l.Address));
        Assert.Contains($"serving {preview.Address}", preview.Console.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_gets_the_reload_script_and_other_files_are_served_as_built()
    {
        using var site = TempSite.CopyOfRealArchive();
        await using var preview = await RunningPreview.StartAsync(site.Path);
        using var http = new HttpClient { BaseAddress = preview.Address };

        var page = new HtmlParser().ParseDocument(await http.GetStringAsync(ClaimPage, TestContext.Current.CancellationToken));
        var script = Assert.Single(page.QuerySelectorAll("script[src='/__rea/live.js']"));
        Assert.Equal("1", script.GetAttribute("data-build"));
        // Links point at the preview, not at the configured base_url.
        Assert.All(page.QuerySelectorAll("link[rel=stylesheet]"), l => Assert.StartsWith("/", l.GetAttribute("href"), StringComparison.Ordinal));

        var (_, built) = RareEarthArchive.Site.Building.SiteBuilder.Create().BuildInMemory(new(site.Path, BaseUrl: preview.Address));
        var css = built.Single(f => f.Path == "assets/site.css").Content;
        Assert.Equal(css, await http.GetByteArrayAsync("/assets/site.css", TestContext.Current.CancellationToken));
        // The built site itself never mentions the preview.
        Assert.All(built, f => Assert.DoesNotContain("__rea", System.Text.Encoding.UTF8.GetString(f.Content), StringComparison.Ordinal));

        var folder = await http.GetAsync(new Uri(ClaimPage.TrimEnd('/'), UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, folder.StatusCode); // after the 301 to the slash form
        Assert.EndsWith(ClaimPage, folder.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);

        var missing = await http.GetAsync(new Uri("/no/such/page/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var notFound = new HtmlParser().ParseDocument(await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Single(notFound.QuerySelectorAll("script[src='/__rea/live.js']"));

        var post = await http.PostAsync(new Uri("/", UriKind.Relative), new StringContent(""), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public void The_overlay_is_built_from_text_nodes_never_from_markup()
    {
        var script = System.Text.Encoding.UTF8.GetString(LiveReload.Script);
        Assert.Contains(".textContent = line", script, StringComparison.Ordinal);
        Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("document.write", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_reloads_open_pages_and_a_broken_file_shows_its_errors_while_the_last_good_build_stays()
    {
        using var site = TempSite.CopyOfRealArchive();
        await using var preview = await RunningPreview.StartAsync(site.Path);
        using var http = new HttpClient { BaseAddress = preview.Address, Timeout = Timeout.InfiniteTimeSpan };
        await using var events = await EventStream.OpenAsync(http);

        var hello = await events.NextAsync();
        Assert.Equal(("hello", 1L, false), (hello.Name, hello.Build, hello.Failed));

        var original = site.Read(ClaimFile);
        var edited = original.Replace("statement: In April 2025 China restricted", "statement: Edited live, in April 2025 China restricted", StringComparison.Ordinal);
        Assert.NotEqual(original, edited);
        site.Write(ClaimFile, edited);
        var reload = await events.NextAsync();
        Assert.Equal(("reload", 2L), (reload.Name, reload.Build));
        Assert.Contains("Edited live", Heading(await http.GetStringAsync(ClaimPage, TestContext.Current.CancellationToken)), StringComparison.Ordinal);

        site.Write(ClaimFile, edited.Replace("topic: export-controls", "topic: export-controls\nstatment: a misspelt key", StringComparison.Ordinal));
        var errors = await events.NextAsync();
        Assert.Equal(("errors", 2L, true), (errors.Name, errors.Build, errors.Failed));
        var line = Assert.Single(errors.Errors, e => e.StartsWith(ClaimFile + "(", StringComparison.Ordinal));
        Assert.Matches(@"^content/claims/[a-z0-9-]+\.md\(\d+,\d+\): error REA\d{3}: ", line);
        // The terminal has the same line, and the server still serves the last good build.
        Assert.Contains(line, preview.Console.Text, StringComparison.Ordinal);
        Assert.Contains("still serving the last good build", preview.Console.Text, StringComparison.Ordinal);
        var stale = await http.GetAsync(new Uri(ClaimPage, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Edited live", Heading(await stale.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);

        // A page opened while the build is broken is told about the errors at once.
        await using (var late = await EventStream.OpenAsync(http))
        {
            Assert.Equal("hello", (await late.NextAsync()).Name);
            Assert.Equal(errors.Errors, (await late.NextAsync()).Errors);
        }

        site.Write(ClaimFile, original);
        var fixedBuild = await events.NextAsync();
        Assert.Equal(("reload", 3L, false), (fixedBuild.Name, fixedBuild.Build, fixedBuild.Failed));
        Assert.DoesNotContain("Edited live", Heading(await http.GetStringAsync(ClaimPage, TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_burst_of_changes_is_one_rebuild()
    {
        using var site = TempSite.CopyOfRealArchive();
        await using var preview = await RunningPreview.StartAsync(site.Path);
        using var http = new HttpClient { BaseAddress = preview.Address, Timeout = Timeout.InfiniteTimeSpan };
        await using var events = await EventStream.OpenAsync(http);
        Assert.Equal("hello", (await events.NextAsync()).Name);

        foreach (var file in Directory.GetFiles(Path.Combine(site.Path, "content", "claims")).Order(StringComparer.Ordinal).Take(5))
        {
            File.AppendAllText(file, "\n");
        }
        var reload = await events.NextAsync();
        Assert.Equal(("reload", 2L), (reload.Name, reload.Build));
        await Task.Delay(SiteWatcher.QuietPeriod * 5, TestContext.Current.CancellationToken);
        Assert.Equal(2L, preview.Session.State.Build);
        Assert.Contains("and 4 more] built", preview.Console.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exception_inside_a_build_is_reported_and_the_server_keeps_running()
    {
        using var site = TempSite.CopyOfRealArchive();
        await using var preview = await RunningPreview.StartAsync(SiteBuilder.Create(new ProductOptions(ExtraOutputs: [new ThrowsWhenFlagged(site.Path)])), site.Path);
        using var http = new HttpClient { BaseAddress = preview.Address, Timeout = Timeout.InfiniteTimeSpan };
        await using var events = await EventStream.OpenAsync(http);
        Assert.Equal("hello", (await events.NextAsync()).Name);

        site.Write(ClaimFile, site.Read(ClaimFile).Replace("statement: In April", "statement: CRASH-ME In April", StringComparison.Ordinal));
        var errors = await events.NextAsync();
        Assert.Equal("errors", errors.Name);
        Assert.Contains(errors.Errors, e => e.Contains("internal error (InvalidOperationException: planted)", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", preview.Console.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(ClaimPage, UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    /// <summary>A producer with a bug: throws while the claim's statement carries a marker.</summary>
    private sealed class ThrowsWhenFlagged(string site) : ISiteOutputs
    {
        public string Name => "throws-when-flagged";

        public IEnumerable<OutputFile> Produce(SiteOutputContext context, DiagnosticBag diagnostics) =>
            File.ReadAllText(Path.Combine(site, ClaimFile)).Contains("CRASH-ME", StringComparison.Ordinal) ? throw new InvalidOperationException("planted") : [];
    }

    private static string Heading(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("h1")?.TextContent ?? throw new InvalidOperationException("no h1");
}
