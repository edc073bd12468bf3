using RareEarthArchive.Cli.Console;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Cli.Commands;

/// <summary><c>rea version</c> (also <c>rea --version</c>): the tool's version, alone on a line, for scripts.</summary>
public sealed class VersionCommand(ICommandConsole console) : ICommand
{
    public string Name => "version";

    public string Usage => "version";

    public string Summary => "Print the version of rea.";

    public int Run(Arguments arguments)
    {
        if (arguments.Positionals.Count > 0)
        {
            console.Error.WriteLine($"error: too many arguments: {string.Join(' ', arguments.Positionals)}");
            console.Error.WriteLine($"usage: rea {Usage}");
            return ExitCodes.UsageError;
        }
        console.Out.WriteLine(ToolVersion.Value);
        return ExitCodes.Success;
    }
}
