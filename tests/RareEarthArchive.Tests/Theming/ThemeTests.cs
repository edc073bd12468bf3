using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Theming;

/// <summary>An archive needs no theme of its own; a site theme overrides single templates; template errors have positions.</summary>
public sealed class ThemeTests
{
    private static readonly string Coffee = Path.Combine(RepoPaths.TestsFolder, "Fixtures", "coffee-archive");

    [Fact]
    public void Unrelated_archive_without_themes_folder_builds_with_the_built_in_theme()
    {
        Assert.False(Directory.Exists(Path.Combine(Coffee, "themes")));
        var site = BuiltSite.Build(Coffee);
        var home = site.Page("index.html");
        Assert.Equal("Coffee Price Watch", home.QuerySelector("h1")!.TextContent);
        var claim = site.Page("claims/price-rise-since-last-year/index.html");
        Assert.Equal(2, claim.QuerySelectorAll("figure.appearance").Length);
        Assert.Equal(2, claim.QuerySelectorAll(".value-chart li.row").Length);
        Assert.Equal("pt-BR", site.Page("sources/growers-bulletin/index.html").QuerySelector(".archived-text")!.GetAttribute("lang"));
        // Its own vocabulary: 'doubts' is a stance here.
        Assert.Contains("1 doubts", claim.QuerySelector(".tally-text")!.TextContent, StringComparison.Ordinal);
        Assert.True(site.Files.ContainsKey("assets/site.css"));
    }

    [Fact]
    public void Site_theme_overrides_one_template_and_keeps_the_rest()
    {
        using var site = TempSite.CopyOf(Coffee);
        site.Write("themes/default/layouts/footer.html", "<footer class=\"custom\">Our own footer for {{ site.title }}</footer>\n");
        var built = BuiltSite.Build(site.Path);
        var home = built.Page("index.html");
        Assert.Equal("Our own footer for Coffee Price Watch", home.QuerySelector("footer.custom")!.TextContent);
        Assert.NotNull(home.QuerySelector("header.site-header"));
    }

    [Fact]
    public void Templates_pluralise_through_the_one_helper()
    {
        using var site = TempSite.CopyOf(Coffee);
        site.Write("themes/default/layouts/footer.html",
            "<footer class=\"custom\">{{ plural 1 \"claim\" }}|{{ plural site.source_count \"source\" }}|{{ plural 2 \"passage traces\" \"passages trace\" }}|{{ plural_word 1 \"claim\" }}|{{ plural_word 0 \"claim\" }}</footer>\n");
        var home = BuiltSite.Build(site.Path).Page("index.html");
        Assert.Equal("1 claim|2 sources|2 passages trace|claim|claims", home.QuerySelector("footer.custom")!.TextContent);
    }

    [Fact]
    public void Template_syntax_error_is_reported_with_file_line_and_column()
    {
        using var site = TempSite.CopyOf(Coffee);
        site.Write("themes/default/layouts/home.html", "<h1>{{ site.title }}</h1>\n<p>{{ for x in }}</p>\n");
        var run = Rea.Invoke("check", site.Path);
        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("themes/default/layouts/home.html(2,", StringComparison.Ordinal) && l.Contains("error REA503", StringComparison.Ordinal));
    }

    [Fact]
    public void Template_runtime_error_is_reported_with_its_position_and_nothing_is_written()
    {
        using var site = TempSite.CopyOf(Coffee);
        site.Write("themes/default/layouts/topic.html", "<h1>{{ model.topic }}</h1>\n<p>{{ no_such_variable }}</p>\n");
        var run = Rea.Invoke("build", site.Path);
        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("themes/default/layouts/topic.html(2,", StringComparison.Ordinal) && l.Contains("error REA504", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Asset_urls_carry_a_content_hash_and_an_unknown_asset_is_a_template_error()
    {
        var home = BuiltSite.Build(Coffee).Page("index.html");
        Assert.Matches(@"^/assets/site\.css\?v=[0-9a-f]{10}$", home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));

        using var site = TempSite.CopyOf(Coffee);
        site.Write("themes/default/layouts/topic.html", "<link rel=\"stylesheet\" href=\"{{ asset \"no-such.css\" }}\">\n");
        var run = Rea.Invoke("build", site.Path);
        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("themes/default/layouts/topic.html(1,", StringComparison.Ordinal) && l.Contains("REA504", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_theme_name_is_an_error()
    {
        using var site = TempSite.CopyOf(Coffee);
        File.WriteAllText(Path.Combine(site.Path, "site.config.yml"), File.ReadAllText(Path.Combine(Coffee, "site.config.yml")) + "theme: fancy\n");
        var run = Rea.Invoke("check", site.Path);
        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("error REA502", StringComparison.Ordinal) && l.Contains("fancy", StringComparison.Ordinal));
    }
}
