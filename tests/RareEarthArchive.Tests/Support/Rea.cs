using RareEarthArchive.Cli;
using RareEarthArchive.Cli.Console;

namespace RareEarthArchive.Tests.Support;

/// <summary>Runs the real <c>rea</c> command table in-process with a recording console.</summary>
internal static class Rea
{
    public sealed record Run(int ExitCode, string Out, string Error)
    {
        public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Run Invoke(params string[] args) => InvokeWith(null, args);

    public static Run InvokeWith(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var console = new StringConsole(environment);
        var code = new CliApp(console).Run(args);
        return new Run(code, console.OutWriter.ToString(), console.ErrorWriter.ToString());
    }
}
