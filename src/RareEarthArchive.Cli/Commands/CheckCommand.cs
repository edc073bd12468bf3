using RareEarthArchive.Cli.Console;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Cli.Commands;

/// <summary><c>rea check [SITE_DIR]</c>: every check a build makes on content, config and theme (rendering in memory); writes nothing.</summary>
public sealed class CheckCommand(ICommandConsole console, SiteBuilder builder) : ICommand
{
    public string Name => "check";

    public string Usage => "check [SITE_DIR] [--quiet|--verbose]";

    public IReadOnlyList<CommandOption> Options => BuildProgressDisplay.Options;

    public string Summary => "Check content, config and theme as a build would (rendered in memory); write nothing.";

    public int Run(Arguments arguments)
    {
        if (SiteDirectory.Resolve(arguments, console.Error) is not { } site || BuildProgressDisplay.Read(arguments, console) is not { } verbosity)
        {
            return ExitCodes.UsageError;
        }
        var display = new BuildProgressDisplay(console, verbosity);
        var result = display.Run(progress => builder.Check(new BuildOptions(site, Progress: progress)));
        ProblemReport.Print(result.Diagnostics, console, site, "rea check");
        if (!result.Succeeded)
        {
            return ExitCodes.ContentErrors;
        }
        if (display.ShowsSummary)
        {
            console.Out.WriteLine("check passed: no problems found");
        }
        return ExitCodes.Success;
    }
}
