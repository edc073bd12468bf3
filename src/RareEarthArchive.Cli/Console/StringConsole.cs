namespace RareEarthArchive.Cli.Console;

/// <summary>A console that records output, for tests and for callers that want the text.</summary>
public sealed class StringConsole(IReadOnlyDictionary<string, string>? environment = null, bool isTerminal = false) : ICommandConsole
{
    public StringWriter OutWriter { get; } = new() { NewLine = "\n" };

    public StringWriter ErrorWriter { get; } = new() { NewLine = "\n" };

    public TextWriter Out => OutWriter;

    public TextWriter Error => ErrorWriter;

    public string? GetEnvironmentVariable(string name) => environment?.GetValueOrDefault(name);

    /// <summary>A test can pretend to be a terminal to see the progress display.</summary>
    public bool IsTerminal => isTerminal;
}
