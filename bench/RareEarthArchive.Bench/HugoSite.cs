using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;

namespace RareEarthArchive.Bench;

/// <summary>
/// The same sources as a Hugo site: each source and claim a plain Markdown page, with minimal layouts (a
/// header, the title, the body) and list pages. Hugo does less per page than rea (no marked passages, claim
/// comparisons, search or exports): it is the yardstick the issue sets, not equal work.
/// </summary>
internal static class HugoSite
{
    public const string Binary = "/usr/bin/hugo";

    /// <summary>Writes the Hugo site for <paramref name="archive"/> into <paramref name="site"/>; returns the content page count.</summary>
    public static int Write(string archive, string site)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = ArchiveLoader.Load(archive, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException("synthetic archive does not load: " + string.Join("\n", diagnostics.Sorted().Take(5)));
        }
        File.WriteAllText(Path.Combine(site, "hugo.toml"), "baseURL = 'https://example.org/Synthetic/'\ntitle = 'Synthetic'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT']\n");
        Directory.CreateDirectory(Path.Combine(site, "layouts", "_default"));
        const string Header = "<header><a href=\"{{ .Site.BaseURL }}\">{{ .Site.Title }}</a> <a href=\"{{ .Site.BaseURL }}sources/\">Sources</a> <a href=\"{{ .Site.BaseURL }}claims/\">Claims</a></header>";
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "single.html"),
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{{{ .Title }}}}</title></head><body>{Header}<main><h1>{{{{ .Title }}}}</h1>{{{{ .Content }}}}</main></body></html>\n");
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "list.html"),
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{{{ .Title }}}}</title></head><body>{Header}<main><h1>{{{{ .Title }}}}</h1><ul>{{{{ range .Pages }}}}<li><a href=\"{{{{ .RelPermalink }}}}\">{{{{ .Title }}}}</a></li>{{{{ end }}}}</ul></main></body></html>\n");
        var pages = 0;
        foreach (var source in loaded.Sources)
        {
            WritePage(Path.Combine(site, "content", "sources", source.Id + ".md"), source.Title, source.Text.Markdown);
            pages++;
        }
        foreach (var claim in loaded.Claims)
        {
            WritePage(Path.Combine(site, "content", "claims", claim.Id + ".md"), claim.Statement, claim.Commentary);
            pages++;
        }
        return pages;
    }

    private static void WritePage(string path, string title, string body)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"---\ntitle: \"{title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n---\n{body}");
    }

    /// <summary>Debian's Hugo, installed with apt-get when it is missing (the bench runs as root on the project's machines).</summary>
    public static void EnsureInstalled()
    {
        if (File.Exists(Binary))
        {
            return;
        }
        Console.WriteLine("hugo is missing: apt-get install -y hugo");
        var install = ChildProcess.Run("/usr/bin/apt-get", ["install", "-y", "hugo"], Environment.CurrentDirectory, new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" });
        if (install.ExitCode != 0 || !File.Exists(Binary))
        {
            throw new InvalidOperationException("apt-get install -y hugo failed: " + install.Stderr);
        }
    }

    public static string Version()
    {
        var run = ChildProcess.Run(Binary, ["version"], Environment.CurrentDirectory);
        return string.Join(' ', run.Stdout.Trim().Split(' ').Take(2));
    }
}
