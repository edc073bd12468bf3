namespace RareEarthArchive.Cli.Commands;

/// <summary>
/// The arguments after the command name: positionals and <c>--name value</c> / <c>--name=value</c> options.
/// Small on purpose: the commands have few options, and a parse error must be a usage message, not an exception.
/// </summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];

    private Arguments()
    {
    }

    public IReadOnlyList<string> Positionals => _positionals;

    public static Arguments? Parse(IReadOnlyList<string> args, IReadOnlyList<CommandOption> options, out string? error)
    {
        var valued = options.Where(o => o.TakesValue).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var flags = options.Where(o => !o.TakesValue).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        error = null;
        var result = new Arguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.Length == 0)
            {
                // Path.GetFullPath("") throws, and an empty id or folder is always a slip (an unset shell variable).
                error = EmptyArgument;
                return null;
            }
            if (arg == "--")
            {
                var rest = args.Skip(i + 1).ToList();
                if (rest.Any(static a => a.Length == 0))
                {
                    error = EmptyArgument;
                    return null;
                }
                result._positionals.AddRange(rest);
                break;
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                result._positionals.Add(arg);
                continue;
            }
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? arg[2..eq] : arg[2..];
            if (valued.Contains(name))
            {
                string? value = eq > 0 ? arg[(eq + 1)..] : (i + 1 < args.Count ? args[++i] : null);
                if (string.IsNullOrEmpty(value))
                {
                    error = $"the option --{name} needs a value";
                    return null;
                }
                result._options[name] = value;
            }
            else if (flags.Contains(name) && eq < 0)
            {
                result._options[name] = null;
            }
            else
            {
                error = $"unknown option '{arg}'";
                return null;
            }
        }
        return result;
    }

    private const string EmptyArgument = "an argument is empty (''): give a folder, an id or a value, or leave the argument out";

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.ContainsKey(name);
}
