namespace RareEarthArchive.Cli.Console;

/// <summary>Where a command writes: injected, so tests read what a command printed and commands never touch System.Console.</summary>
public interface ICommandConsole
{
    TextWriter Out { get; }

    TextWriter Error { get; }

    /// <summary>An environment variable (GITHUB_ACTIONS, SOURCE_DATE_EPOCH …), injectable for tests.</summary>
    string? GetEnvironmentVariable(string name);

    /// <summary>True when stderr is a person's terminal (not redirected, not CI): only then is progress shown in place.</summary>
    bool IsTerminal => false;
}
