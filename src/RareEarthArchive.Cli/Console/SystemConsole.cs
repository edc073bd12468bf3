namespace RareEarthArchive.Cli.Console;

/// <summary>The real terminal and environment.</summary>
public sealed class SystemConsole : ICommandConsole
{
    public TextWriter Out => System.Console.Out;

    public TextWriter Error => System.Console.Error;

    public string? GetEnvironmentVariable(string name) => Environment.GetEnvironmentVariable(name);
}
