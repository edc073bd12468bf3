namespace RareEarthArchive.Cli.Commands;

/// <summary>One sub-command of <c>rea</c>: its name, a line of help, and how to run it on its arguments.</summary>
public interface ICommand
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    /// <summary>Every <c>--option</c> the command takes (none by default).</summary>
    IReadOnlyList<CommandOption> Options => [];

    int Run(Arguments arguments);
}
