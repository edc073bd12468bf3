using RareEarthArchive.Cli;
using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Cli.Console;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.CliCommands;

/// <summary>Progress per phase on a terminal only; redirected output and CI logs keep exactly the problems and the summary line.</summary>
public sealed class ProgressTests
{
    private static (int Code, string Out, string Error) Run(bool terminal, params string[] args)
    {
        var console = new StringConsole(isTerminal: terminal);
        var code = new CliApp(console).Run(args);
        return (code, console.OutWriter.ToString(), console.ErrorWriter.ToString());
    }

    private static TempSite NewArchive()
    {
        var site = TempSite.Empty();
        Assert.Equal(ExitCodes.Success, Rea.Invoke("init", site.Path).ExitCode);
        return site;
    }

    [Fact]
    public void Redirected_output_has_no_progress_and_the_summary_line_as_before()
    {
        using var site = NewArchive();
        var build = Run(false, "build", site.Path);
        Assert.Equal((ExitCodes.Success, ""), (build.Code, build.Error));
        Assert.Matches(@"^built 10 pages \(\d+ files\) into .+ \[load \d+ ms, validate \d+ ms, assemble \d+ ms, render \d+ ms \(.+\), write \d+ ms\]\n$", build.Out);
        Assert.Equal((ExitCodes.Success, "check passed: no problems found\n", ""), Run(false, "check", site.Path));
    }

    [Fact]
    public void A_terminal_sees_each_phase_in_one_line_updated_in_place_and_the_same_summary()
    {
        using var site = NewArchive();
        var build = Run(true, "build", site.Path);
        Assert.Equal(ExitCodes.Success, build.Code);
        Assert.StartsWith("built 10 pages", build.Out, StringComparison.Ordinal);
        Assert.Single(build.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        foreach (var phase in new[] { "sources loaded (", "validated (", "assembled (", "pages rendered (" })
        {
            Assert.Contains(phase, build.Error, StringComparison.Ordinal);
        }
        Assert.Contains("\u001b[", build.Error, StringComparison.Ordinal); // cursor movement: the line is redrawn, not appended
        var check = Run(true, "check", site.Path);
        Assert.Equal((ExitCodes.Success, "check passed: no problems found\n"), (check.Code, check.Out));
        Assert.Contains("validated (", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_prints_a_line_per_phase_and_quiet_prints_only_problems()
    {
        using var site = NewArchive();
        var verbose = Run(false, "build", site.Path, "--verbose");
        Assert.Equal(ExitCodes.Success, verbose.Code);
        Assert.Matches(@"^sources loaded in \d+ ms\nvalidated in \d+ ms\nassembled in \d+ ms\n(  [a-z]+ in \d+ ms\n)+pages rendered in \d+ ms\nwritten in \d+ ms\n$", verbose.Error);
        Assert.Equal((ExitCodes.Success, "", ""), Run(false, "build", site.Path, "--quiet"));
        Assert.Equal((ExitCodes.Success, "", ""), Run(true, "check", site.Path, "--quiet"));

        site.Write("content/claims/example-claim.md", "---\nid: example-claim\n---\n");
        var broken = Run(false, "check", site.Path, "--quiet");
        Assert.Equal((ExitCodes.ContentErrors, ""), (broken.Code, broken.Out));
        Assert.Contains("content/claims/example-claim.md(", broken.Error, StringComparison.Ordinal);

        var both = Run(false, "build", site.Path, "--quiet", "--verbose");
        Assert.Equal(ExitCodes.UsageError, both.Code);
        Assert.StartsWith("error: --quiet and --verbose cannot be used together", both.Error, StringComparison.Ordinal);
    }
}
