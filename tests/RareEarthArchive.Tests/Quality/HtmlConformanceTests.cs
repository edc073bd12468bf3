using System.Diagnostics;
using System.Text;
using System.Text.Json;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Quality;

/// <summary>
/// The HTML conformance gate: every page of a built site passes html-validate 10.17.0 (npm, pinned in package.json)
/// with the repository's <c>.htmlvalidate.json</c> (html-validate:recommended; rule decisions in docs/quality.md).
/// The site is built with the real <c>rea build</c> into a temporary folder under the GitHub Pages sub-path.
/// A failure lists every message as <c>page:line:col [rule] message</c>.
/// </summary>
public sealed class HtmlConformanceTests
{
    private const string BaseUrl = "https://owner.github.io/RareEarthArchive/";

    [Fact]
    public void Every_page_of_the_real_archive_is_valid_html() => AssertValid(RepoPaths.Root, minimumPages: 50);

    [Fact]
    public void Every_page_of_the_coffee_fixture_archive_is_valid_html() =>
        AssertValid(Path.Combine(RepoPaths.TestsFolder, "Fixtures", "coffee-archive"), minimumPages: 5);

    [Fact]
    public void Every_page_of_the_provenance_fixture_archive_is_valid_html() =>
        AssertValid(Path.Combine(RepoPaths.TestsFolder, "Fixtures", "provenance-archive"), minimumPages: 8);

    private static void AssertValid(string siteDirectory, int minimumPages)
    {
        using var temp = TempSite.Empty();
        var output = Path.Combine(temp.Path, "site");
        var build = Rea.Invoke("build", siteDirectory, "--output", output, "--base-url", BaseUrl);
        Assert.True(build.ExitCode == 0, build.Out + build.Error);
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= minimumPages, $"only {pages.Count} HTML pages were built into {output}");

        AssertPagesValid(output, pages, siteDirectory);
    }

    /// <summary>html-validate over <paramref name="pages"/> of the site in <paramref name="output"/>: no message at all.</summary>
    internal static void AssertPagesValid(string output, IReadOnlyList<string> pages, string builtFrom)
    {
        // Every page is named on the command line: html-validate reports only files with messages.
        var (exitCode, stdout, stderr) = HtmlValidate.Run(pages);
        var results = Parse(stdout, exitCode, stderr);
        var problems = results
            .SelectMany(r => r.Messages.Select(m => $"{Path.GetRelativePath(output, r.FilePath).Replace('\\', '/')}:{m.Line}:{m.Column} [{m.RuleId}] {m.Message}"))
            .ToList();
        Assert.True(problems.Count == 0 && exitCode == 0,
            $"html-validate found {problems.Count} problem(s) in the site built from {builtFrom} (config: .htmlvalidate.json):\n" +
            string.Join("\n", problems.Take(200)) + (problems.Count > 200 ? $"\n… and {problems.Count - 200} more" : "") + stderr);
    }

    [Fact]
    public void The_gate_reports_what_it_should_on_a_broken_page()
    {
        // Guards the gate itself: a config that validated nothing would pass every site.
        using var temp = TempSite.Empty();
        temp.Write("broken.html", "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>x</title></head>\n<body>\n<span><div id=\"a\"></div></span>\n<p id=\"a\" style=\"color: red\"><img src=\"x.png\"></p>\n<button>Go</button>\n</body>\n</html>\n");
        var (exitCode, stdout, stderr) = HtmlValidate.Run([Path.Combine(temp.Path, "broken.html")]);
        Assert.Equal(1, exitCode);
        var rules = Parse(stdout, exitCode, stderr).SelectMany(r => r.Messages).Select(m => m.RuleId).ToHashSet();
        Assert.Superset(new HashSet<string> { "element-permitted-content", "no-dup-id", "no-inline-style", "wcag/h37", "no-implicit-button-type" }, rules);
    }

    private static List<FileResult> Parse(string stdout, int exitCode, string stderr)
    {
        try
        {
            return JsonSerializer.Deserialize<List<FileResult>>(stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
        }
        catch (JsonException)
        {
            Assert.Fail($"html-validate did not report JSON (exit {exitCode}):\n{stdout}\n{stderr}");
            throw;
        }
    }

    private sealed record FileResult(string FilePath, List<MessageResult> Messages);

    private sealed record MessageResult(string RuleId, int Severity, string Message, int Line, int Column);
}

/// <summary>Runs html-validate from the repository's node_modules with the repository's config; a missing install fails with the fix.</summary>
internal static class HtmlValidate
{
    public static string Cli => Path.Combine(RepoPaths.Root, "node_modules", "html-validate", "bin", "html-validate.mjs");

    public static string Config => Path.Combine(RepoPaths.Root, ".htmlvalidate.json");

    public static (int ExitCode, string Stdout, string Stderr) Run(IReadOnlyList<string> files)
    {
        Assert.True(File.Exists(Cli), $"{Cli} is missing: run `npm ci` at the repo root (package.json pins html-validate 10.17.0).");
        Assert.True(File.Exists(Config), $"{Config} is missing");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in new[] { Cli, "--config", Config, "--formatter", "json" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("html-validate timed out");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
