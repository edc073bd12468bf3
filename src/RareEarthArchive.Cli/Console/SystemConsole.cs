namespace RareEarthArchive.Cli.Console;

/// <summary>The real terminal and environment.</summary>
public sealed class SystemConsole : ICommandConsole
{
    public TextWriter Out => System.Console.Out;

    public TextWriter Error => System.Console.Error;

    public string? GetEnvironmentVariable(string name) => Environment.GetEnvironmentVariable(name);

    // CI logs are files even where a runner fakes a terminal; TERM=dumb cannot move the cursor.
    public bool IsTerminal =>
        !System.Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null or "" or "false"
        && Environment.GetEnvironmentVariable("GITHUB_ACTIONS") != "true" && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
