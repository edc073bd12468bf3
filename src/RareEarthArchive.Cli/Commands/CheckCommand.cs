using RareEarthArchive.Cli.Console;
using RareEarthArchive.Cli.GitHub;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Cli.Commands;

/// <summary><c>rea check [SITE_DIR]</c>: every check a build makes on content, config and theme (rendering in memory); writes nothing.</summary>
public sealed class CheckCommand(ICommandConsole console, SiteBuilder builder) : ICommand
{
    public string Name => "check";

    public string Usage => "check [SITE_DIR]";

    public string Summary => "Check content, config and theme as a build would (rendered in memory); write nothing.";

    public int Run(Arguments arguments)
    {
        if (SiteDirectory.Resolve(arguments, console.Error) is not { } site)
        {
            return ExitCodes.UsageError;
        }
        var result = builder.Check(new BuildOptions(site));
        var github = new GitHubReporter(console);
        if (github.IsActive)
        {
            github.PrintPlain(() => DiagnosticPrinter.Print(result.Diagnostics, console));
            github.Report(result.Diagnostics, site, "rea check");
        }
        else
        {
            DiagnosticPrinter.Print(result.Diagnostics, console);
        }
        if (!result.Succeeded)
        {
            return ExitCodes.ContentErrors;
        }
        console.Out.WriteLine("check passed: no problems found");
        return ExitCodes.Success;
    }
}
