namespace RareEarthArchive.Cli.Commands;

/// <summary>
/// One <c>--name</c> option of a command: a value option when it has a <paramref name="ValueName"/>, else a flag. The
/// parser, the command's <c>--help</c> and the GitHub Action's inputs test all read this one list.
/// </summary>
public sealed record CommandOption(string Name, string? ValueName, string Description)
{
    public bool TakesValue => ValueName is not null;

    public string Synopsis => TakesValue ? $"--{Name} {ValueName}" : $"--{Name}";

    public static CommandOption Value(string name, string valueName, string description) => new(name, valueName, description);

    public static CommandOption Flag(string name, string description) => new(name, null, description);
}
