namespace RareEarthArchive.Tests.Support;

/// <summary>Every internal link of a built site: the file exists, the #anchor exists in it, and no link escapes the base path.</summary>
internal static class LinkChecker
{
    private static readonly string[] LinkAttributes = ["href", "src", "action"];

    /// <summary>Each broken link as "page: url (why)"; <paramref name="checkedLinks"/> counts what was checked.</summary>
    public static List<string> Broken(BuiltSite site, out int checkedLinks)
    {
        var broken = new List<string>();
        checkedLinks = 0;
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
        return broken;
    }
}
