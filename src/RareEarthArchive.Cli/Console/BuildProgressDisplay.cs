using System.Globalization;
using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Building;
using Spectre.Console;

namespace RareEarthArchive.Cli.Console;

/// <summary>
/// Progress of a build or check. On a terminal: one status line on stderr that Spectre.Console updates in place,
/// phase by phase (sources loaded, validated, pages rendered), and clears when the run ends. In redirected output
/// and CI logs: nothing, so the log holds the problems and the summary line exactly as before. <c>--verbose</c>:
/// a plain line per phase and step as it finishes, anywhere. <c>--quiet</c>: no progress and no summary line.
/// </summary>
internal sealed class BuildProgressDisplay(ICommandConsole console, Verbosity verbosity)
{
    public static readonly IReadOnlyList<CommandOption> Options =
    [
        CommandOption.Flag("quiet", "Print problems only: no progress, no closing summary line."),
        CommandOption.Flag("verbose", "Also print each phase's and render step's time as it finishes."),
    ];

    public bool ShowsSummary => verbosity != Verbosity.Quiet;

    /// <summary>The verbosity the flags ask for; null (after a usage message) when both are given.</summary>
    public static Verbosity? Read(Arguments arguments, ICommandConsole console)
    {
        if (arguments.Flag("quiet") && arguments.Flag("verbose"))
        {
            console.Error.WriteLine("error: --quiet and --verbose cannot be used together");
            return null;
        }
        return arguments.Flag("quiet") ? Verbosity.Quiet : arguments.Flag("verbose") ? Verbosity.Verbose : Verbosity.Normal;
    }

    public BuildResult Run(Func<IBuildProgress?, BuildResult> build)
    {
        switch (verbosity)
        {
            case Verbosity.Quiet:
                return build(null);
            case Verbosity.Verbose:
                return build(new Lines(console.Error));
            case Verbosity.Normal when console.IsTerminal:
                var terminal = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Ansi = AnsiSupport.Yes,
                    Interactive = InteractionSupport.Yes,
                    Out = new AnsiConsoleOutput(console.Error),
                });
                BuildResult? result = null;
                terminal.Status().Start("loading sources…", context => result = build(new StatusLine(context)));
                return result!;
            default:
                return build(null);
        }
    }

    private static string Ms(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>What finished, and what comes next, in the words a person reads.</summary>
    private static (string Done, string Next) Describe(BuildPhase phase) => phase switch
    {
        BuildPhase.Load => ("sources loaded", "validating"),
        BuildPhase.Validate => ("validated", "assembling"),
        BuildPhase.Assemble => ("assembled", "rendering pages"),
        BuildPhase.Render => ("pages rendered", "writing"),
        _ => ("written", "finishing"),
    };

    /// <summary>The line shows the last phase done and the one under way: short enough for any terminal's width.</summary>
    private sealed class StatusLine(StatusContext context) : IBuildProgress
    {
        private string _done = "";

        public void PhaseFinished(BuildPhase phase, TimeSpan elapsed)
        {
            var (done, next) = Describe(phase);
            _done = $"{done} ({Ms(elapsed)}) · ";
            Show(next);
        }

        public void StepFinished(string step, TimeSpan elapsed) => Show($"rendering pages, {step} done");

        private void Show(string next)
        {
            context.Status(Markup.Escape(_done + next + "…"));
            context.Refresh();
        }
    }

    private sealed class Lines(TextWriter error) : IBuildProgress
    {
        public void PhaseFinished(BuildPhase phase, TimeSpan elapsed) => error.WriteLine($"{Describe(phase).Done} in {Ms(elapsed)}");

        public void StepFinished(string step, TimeSpan elapsed) => error.WriteLine($"  {step} in {Ms(elapsed)}");
    }
}

internal enum Verbosity
{
    Normal,
    Quiet,
    Verbose,
}
