using RareEarthArchive.Cli.Console;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Cli.Commands;

/// <summary><c>rea check [SITE_DIR]</c>: every contract check on content, config and theme; writes nothing.</summary>
public sealed class CheckCommand(ICommandConsole console, SiteBuilder builder) : ICommand
{
    public string Name => "check";

    public string Usage => "check [SITE_DIR]";

    public string Summary => "Check content, config and theme against the content format; write nothing.";

    public int Run(Arguments arguments)
    {
        if (SiteDirectory.Resolve(arguments, console.Error) is not { } site)
        {
            return ExitCodes.UsageError;
        }
        var result = builder.Check(new BuildOptions(site));
        ProblemReport.Print(result.Diagnostics, console, site, "rea check");
        if (!result.Succeeded)
        {
            return ExitCodes.ContentErrors;
        }
        console.Out.WriteLine("check passed: no problems found");
        return ExitCodes.Success;
    }
}
