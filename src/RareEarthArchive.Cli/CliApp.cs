using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Cli.Console;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Cli;

/// <summary>The <c>rea</c> program: finds the command, parses its options and runs it. The whole CLI surface is here.</summary>
public sealed class CliApp(ICommandConsole console)
{
    private readonly SiteBuilder _builder = SiteBuilder.Create();

    /// <summary>Every command, in the order help lists them.</summary>
    public IReadOnlyList<ICommand> Commands =>
    [
        new InitCommand(console),
        new BuildCommand(console, _builder),
        new CheckCommand(console, _builder),
        new ServeCommand(console, _builder),
        new NewCommand(console),
        new QuoteCommand(console),
        new HashCommand(console),
        new VersionCommand(console),
    ];

    private static readonly CommandOption Help = CommandOption.Flag("help", "Show this help (also -h).");

    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            PrintHelp(args.Count == 0 ? console.Error : console.Out);
            return args.Count == 0 ? ExitCodes.UsageError : ExitCodes.Success;
        }
        var command = Commands.FirstOrDefault(c => c.Name == (args[0] is "--version" ? "version" : args[0]));
        if (command is null)
        {
            console.Error.WriteLine($"error: unknown command '{args[0]}'");
            PrintHelp(console.Error);
            return ExitCodes.UsageError;
        }
        if (args.Skip(1).Any(a => a is "--help" or "-h"))
        {
            PrintCommandHelp(command);
            return ExitCodes.Success;
        }
        var arguments = Arguments.Parse([.. args.Skip(1)], command.Options, out var error);
        if (arguments is null)
        {
            console.Error.WriteLine($"error: {error}");
            console.Error.WriteLine($"usage: rea {command.Usage} (rea {command.Name} --help for more)");
            return ExitCodes.UsageError;
        }
        return command.Run(arguments);
    }

    private void PrintCommandHelp(ICommand command)
    {
        var writer = console.Out;
        writer.WriteLine($"usage: rea {command.Usage}");
        writer.WriteLine();
        writer.WriteLine(command.Summary);
        writer.WriteLine();
        writer.WriteLine("options:");
        var options = command.Options.Append(Help).ToList();
        var width = options.Max(o => o.Synopsis.Length);
        foreach (var option in options)
        {
            writer.WriteLine($"  {option.Synopsis.PadRight(width)}  {option.Description}");
        }
        writer.WriteLine();
        writer.WriteLine(ExitCodeLine);
    }

    private void PrintHelp(TextWriter writer)
    {
        writer.WriteLine($"rea {ToolVersion.Value}: start, check and build an annotated source archive.");
        writer.WriteLine();
        writer.WriteLine("usage:");
        foreach (var command in Commands)
        {
            writer.WriteLine($"  rea {command.Usage}");
            writer.WriteLine($"      {command.Summary}");
        }
        writer.WriteLine();
        writer.WriteLine("rea COMMAND --help shows a command's options; rea --version its version.");
        writer.WriteLine(ExitCodeLine);
    }

    private const string ExitCodeLine = "exit codes: 0 success, 1 content errors, 2 usage errors";
}
