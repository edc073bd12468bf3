using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Building;

/// <summary>Every internal link of the built archive works under a sub-path: the file exists and so does the #anchor.</summary>
public sealed class LinkTests(RealArchiveBuild build) : IClassFixture<RealArchiveBuild>
{
    private static readonly string[] LinkAttributes = ["href", "src", "action"];

    [Fact]
    public void Every_internal_link_resolves_to_a_file_and_anchor()
    {
        var site = build.Site;
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var path in site.HtmlPaths)
        {
            var page = site.Page(path);
            foreach (var element in page.QuerySelectorAll("[href], [src], [action]"))
            {
                foreach (var url in LinkAttributes.Select(element.GetAttribute).OfType<string>())
                {
                    if (url.StartsWith("http:", StringComparison.Ordinal) || url.StartsWith("https:", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal))
                    {
                        continue;
                    }
                    checkedLinks++;
                    // Same-page fragments, and every root-relative link: it must stay under the base path.
                    if (url.StartsWith('#'))
                    {
                        if (page.GetElementById(url[1..]) is null)
                        {
                            broken.Add($"{path}: {url} (no such id)");
                        }
                        continue;
                    }
                    if (!url.StartsWith(site.BasePath, StringComparison.Ordinal))
                    {
                        broken.Add($"{path}: {url} (escapes the base path {site.BasePath})");
                        continue;
                    }
                    var target = site.FileFor(url)!;
                    if (!site.Files.ContainsKey(target))
                    {
                        broken.Add($"{path}: {url} (no file {target})");
                        continue;
                    }
                    var hash = url.IndexOf('#', StringComparison.Ordinal);
                    if (hash >= 0 && target.EndsWith(".html", StringComparison.Ordinal) && site.Page(target).GetElementById(url[(hash + 1)..]) is null)
                    {
                        broken.Add($"{path}: {url} (no id in {target})");
                    }
                }
            }
        }
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
