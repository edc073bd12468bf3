using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Building;

/// <summary>Every internal link of the built archive works under a sub-path: the file exists and so does the #anchor.</summary>
public sealed class LinkTests(RealArchiveBuild build) : IClassFixture<RealArchiveBuild>
{
    [Fact]
    public void Every_internal_link_resolves_to_a_file_and_anchor()
    {
        var broken = LinkChecker.Broken(build.Site, out var checkedLinks);
        Assert.True(checkedLinks > 500, $"only {checkedLinks} links checked");
        Assert.Empty(broken);
    }

    [Fact]
    public void Not_found_page_works_at_any_depth()
    {
        // 404.html is served for any missing URL, at any depth: every link in it must be absolute under the base path.
        var page = build.Site.Page("404.html");
        var links = page.QuerySelectorAll("a[href], link[href], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.True(
            l!.StartsWith(build.Site.BasePath, StringComparison.Ordinal) || l.StartsWith("https:", StringComparison.Ordinal)
            || (l.StartsWith('#') && page.GetElementById(l[1..]) is not null), l));
    }

    [Fact]
    public void Site_builds_at_a_root_base_path_too()
    {
        var site = BuiltSite.Build(RepoPaths.Root, "https://archive.example.org/");
        var home = site.Page("index.html");
        Assert.Equal("/sources/", home.QuerySelector("nav a")!.GetAttribute("href"));
        Assert.StartsWith("/assets/site.css?v=", home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}
