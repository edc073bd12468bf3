using System.Text.RegularExpressions;
using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Cli.GitHub;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.GitHub;

public sealed partial class CheckOnGitHubTests
{
    private const string Source = "content/sources/honway-rare-earth-export-negotiations.md";

    /// <summary>A copy of the archive with <paramref name="count"/> quotes that match nothing, one with a tricky message.</summary>
    private static TempSite BrokenSite(int count)
    {
        var site = TempSite.CopyOfRealArchive();
        var text = site.Read(Source);
        var marker = "  - claim: export-controls-disrupted-production\n";
        Assert.Contains(marker, text, StringComparison.Ordinal);
        var added = string.Concat(Enumerable.Range(1, count).Select(i =>
            $"  - claim: export-controls-disrupted-production\n    quote: \"{(i == 1 ? "100% sure: yes, | <b>no</b>" : $"missing passage {i}")}\"\n    stance: mentions\n"));
        site.Write(Source, text.Replace(marker, added + marker, StringComparison.Ordinal));
        return site;
    }

    [Fact]
    public void Outside_GitHub_Actions_check_prints_plain_lines_only()
    {
        using var site = BrokenSite(1);
        using var summary = TempSite.Empty();
        var run = Rea.InvokeWith(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = Path.Combine(summary.Path, "s.md") }, "check", site.Path);
        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.DoesNotContain("::", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(summary.Path, "s.md")));
    }

    [Fact]
    public void On_GitHub_Actions_check_annotates_ten_errors_logs_all_and_writes_the_summary()
    {
        using var site = BrokenSite(13);
        using var workspace = TempSite.Empty();
        var summaryPath = Path.Combine(workspace.Path, "summary.md");
        File.WriteAllText(summaryPath, "earlier step\n");
        var environment = new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_STEP_SUMMARY"] = summaryPath,
            ["GITHUB_WORKSPACE"] = Path.GetDirectoryName(site.Path)!,
        };
        var run = Rea.InvokeWith(environment, "check", site.Path);
        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        var lines = run.ErrorLines;
        var prefix = Path.GetFileName(site.Path) + "/";

        // The plain lines, every one, between stop-commands and its random resume token.
        var stop = StopCommands().Match(lines[0]);
        Assert.True(stop.Success, lines[0]);
        var resume = Array.IndexOf(lines.ToArray(), $"::{stop.Groups[1].Value}::");
        Assert.True(resume > 13);
        var plain = lines.Skip(1).Take(resume - 1).Where(l => l.Contains(": error REA401: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(13, plain.Count);

        // Then ten annotations (GitHub's per-step limit) and a notice about the rest.
        var commands = lines.Skip(resume + 1).ToList();
        Assert.Equal(10, commands.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Single(commands, l => l.StartsWith("::notice title=More problems than annotations::3 more of 13 problems", StringComparison.Ordinal));
        Assert.Contains(commands, l => Regex.IsMatch(l,
            $@"^::error file={Regex.Escape(prefix + Source)},line=\d+,col=\d+,title=REA401 Quote matches nothing in the text::the quote ""100%25 sure: yes, \| <b>no</b>"" is not in the text; closest passage"));

        // The summary is appended, carries all 13 rows, and keeps contributor text as text.
        var summary = File.ReadAllText(summaryPath);
        Assert.StartsWith("earlier step\n## rea check\n\n13 errors, 0 warnings.\n\n| File | Line | Column | Severity | Code | Message |\n", summary, StringComparison.Ordinal);
        Assert.Equal(13, summary.Split('\n').Count(l => l.StartsWith($"| {prefix}{Source} | ", StringComparison.Ordinal)));
        Assert.Contains("100% sure: yes, \\| &lt;b&gt;no&lt;/b&gt;", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_check_on_GitHub_says_so_in_the_summary()
    {
        using var site = TempSite.CopyOfRealArchive();
        using var workspace = TempSite.Empty();
        var summaryPath = Path.Combine(workspace.Path, "summary.md");
        var run = Rea.InvokeWith(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summaryPath }, "check", site.Path);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("::error", run.Error, StringComparison.Ordinal);
        Assert.Equal("## rea check\n\nNo problems found.\n\n", File.ReadAllText(summaryPath));
    }

    [Fact]
    public void A_huge_summary_is_cut_below_the_one_mebibyte_limit()
    {
        var many = Enumerable.Range(0, 20_000).Select(i => new RareEarthArchive.Core.Diagnostics.Diagnostic(
            new("content/sources/x.md", i + 1, 1), RareEarthArchive.Core.Diagnostics.Severity.Error, "REA401", new string('x', 100), RareEarthArchive.Core.Diagnostics.BuildPhase.Validate)).ToList();
        var summary = GitHubReporter.Summary(many, "", "rea check");
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(summary) < 1024 * 1024);
        Assert.Matches(@"\n\d+ more problems are in the step's log \(the summary is limited to 1 MiB\)\.\n", summary);
    }

    [GeneratedRegex("^::stop-commands::([0-9a-f]{32})$")]
    private static partial Regex StopCommands();
}
