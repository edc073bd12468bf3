namespace RareEarthArchive.Cli.Commands;

/// <summary>One sub-command of <c>rea</c>: its name, a line of help, and how to run it on its arguments.</summary>
public interface ICommand
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    int Run(Arguments arguments);
}
