using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Cli.Console;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Cli;

/// <summary>The <c>rea</c> program: finds the command, parses its options and runs it. The whole CLI surface is here.</summary>
public sealed class CliApp(ICommandConsole console)
{
    private readonly SiteBuilder _builder = SiteBuilderFactory.Create();

    private IReadOnlyList<(ICommand Command, IReadOnlySet<string> Valued, IReadOnlySet<string> Flags)> Commands =>
    [
        (new BuildCommand(console, _builder), BuildCommand.ValuedOptions, NoFlags),
        (new CheckCommand(console, _builder), NoOptions, NoFlags),
        (new NewCommand(console), NoOptions, NoFlags),
        (new QuoteCommand(console), NoOptions, NoFlags),
        (new ServeCommand(console, _builder), ServeCommand.ValuedOptions, NoFlags),
    ];

    private static readonly IReadOnlySet<string> NoOptions = new HashSet<string>();
    private static readonly IReadOnlySet<string> NoFlags = new HashSet<string>();

    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            PrintHelp(args.Count == 0 ? console.Error : console.Out);
            return args.Count == 0 ? ExitCodes.UsageError : ExitCodes.Success;
        }
        if (args[0] is "--version")
        {
            console.Out.WriteLine(typeof(CliApp).Assembly.GetName().Version?.ToString(3));
            return ExitCodes.Success;
        }
        var entry = Commands.FirstOrDefault(c => c.Command.Name == args[0]);
        if (entry.Command is null)
        {
            console.Error.WriteLine($"error: unknown command '{args[0]}'");
            PrintHelp(console.Error);
            return ExitCodes.UsageError;
        }
        if (args.Skip(1).Any(a => a is "--help" or "-h"))
        {
            console.Out.WriteLine($"usage: rea {entry.Command.Usage}\n\n{entry.Command.Summary}");
            return ExitCodes.Success;
        }
        var arguments = Arguments.Parse([.. args.Skip(1)], entry.Valued, entry.Flags, out var error);
        if (arguments is null)
        {
            console.Error.WriteLine($"error: {error}");
            console.Error.WriteLine($"usage: rea {entry.Command.Usage}");
            return ExitCodes.UsageError;
        }
        return entry.Command.Run(arguments);
    }

    private void PrintHelp(TextWriter writer)
    {
        writer.WriteLine("rea: build and check an annotated source archive.");
        writer.WriteLine();
        writer.WriteLine("usage:");
        foreach (var (command, _, _) in Commands)
        {
            writer.WriteLine($"  rea {command.Usage}");
            writer.WriteLine($"      {command.Summary}");
        }
        writer.WriteLine();
        writer.WriteLine("exit codes: 0 success, 1 content errors, 2 usage errors");
    }
}
