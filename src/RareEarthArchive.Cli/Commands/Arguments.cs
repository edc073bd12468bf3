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

    /// <param name="valued">Options that take a value; every other option is a flag.</param>
    public static Arguments? Parse(IReadOnlyList<string> args, IReadOnlySet<string> valued, IReadOnlySet<string> flags, out string? error)
    {
        error = null;
        var result = new Arguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                result._positionals.AddRange(args.Skip(i + 1));
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
                if (value is null)
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

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.ContainsKey(name);
}
