using System.Diagnostics;
using System.Globalization;
using RareEarthArchive.Cli;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Bench;

/// <summary>
/// `--hugo`: the same synthetic archives built by Hugo (Debian's package) and by rea, side by side. Hugo gets
/// each source and claim as a plain Markdown page with minimal templates (a header, the title, the body), so
/// it does less per page than rea, which marks passages, compares claims and builds search and exports. The
/// comparison is of order of magnitude and of how each scales, not of equal work.
/// </summary>
internal static class HugoComparison
{
    public static void Run(IReadOnlyList<int> sizes, int runs)
    {
        var hugo = FindHugo();
        Console.WriteLine($"Hugo vs rea on synthetic archives, {Environment.ProcessorCount} cores, {Version(hugo)}, median of {runs}");
        Console.WriteLine();
        Console.WriteLine("| sources | Hugo pages | Hugo build (to disk) | rea pages | rea pages step | rea whole build (in memory) |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var size in sizes)
        {
            var archive = Directory.CreateTempSubdirectory($"rea-hugo-{size}-").FullName;
            var hugoSite = Directory.CreateTempSubdirectory($"hugo-{size}-").FullName;
            try
            {
                SyntheticArchive.Write(archive, new SyntheticArchive.Options(size));
                var pages = WriteHugoSite(archive, hugoSite);
                var hugoMs = Median(runs, () => RunHugo(hugo, hugoSite));

                var builder = SiteBuilderFactory.Create();
                BuildResult? last = null;
                var reaMs = Median(runs, () =>
                {
                    var clock = Stopwatch.StartNew();
                    last = builder.BuildInMemory(new BuildOptions(archive)).Result;
                    return clock.Elapsed.TotalMilliseconds;
                });
                var pagesStep = last!.RenderSteps.First(s => s.Name == "pages").Elapsed.TotalMilliseconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {size:N0} | {pages:N0} | {hugoMs:0} ms | {last.PageCount:N0} | {pagesStep:0} ms | {reaMs:0} ms |"));
            }
            finally
            {
                Directory.Delete(archive, recursive: true);
                Directory.Delete(hugoSite, recursive: true);
            }
        }
    }

    /// <summary>The archive's sources and claims as Hugo content with minimal layouts; returns the page count.</summary>
    private static int WriteHugoSite(string archive, string site)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = ArchiveLoader.Load(archive, diagnostics);
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
            Write(Path.Combine(site, "content", "sources", source.Id + ".md"), source.Title, source.Text.Markdown);
            pages++;
        }
        foreach (var claim in loaded.Claims)
        {
            Write(Path.Combine(site, "content", "claims", claim.Id + ".md"), claim.Statement, claim.Commentary);
            pages++;
        }
        return pages;
    }

    private static void Write(string path, string title, string body)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"---\ntitle: \"{title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n---\n{body}");
    }

    private static double RunHugo(string hugo, string site)
    {
        var start = new ProcessStartInfo(hugo) { WorkingDirectory = site, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--quiet", "--cleanDestinationDir", "--destination", "public" })
        {
            start.ArgumentList.Add(arg);
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("hugo failed: " + stderr.Result);
        }
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(int runs, Func<double> measure) =>
        Enumerable.Range(0, runs).Select(_ => measure()).Order().ElementAt(runs / 2);

    private static string FindHugo() =>
        new[] { "/usr/bin/hugo", "/usr/local/bin/hugo" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("hugo is not installed: apt-get install hugo");

    private static string Version(string hugo)
    {
        using var process = Process.Start(new ProcessStartInfo(hugo, "version") { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return text.Split(' ').Take(2).Aggregate((a, b) => a + " " + b);
    }
}
