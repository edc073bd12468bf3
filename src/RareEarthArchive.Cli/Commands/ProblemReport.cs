using RareEarthArchive.Cli.Console;
using RareEarthArchive.Cli.GitHub;
using RareEarthArchive.Core.Diagnostics;

namespace RareEarthArchive.Cli.Commands;

/// <summary>
/// How check and build print a run's problems: the plain <c>path(line,col): error CODE: message</c> lines always, and
/// under GitHub Actions also the annotations and the job summary (so the rea Action annotates in either mode).
/// </summary>
internal static class ProblemReport
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, ICommandConsole console, string site, string heading)
    {
        var github = new GitHubReporter(console);
        if (github.IsActive)
        {
            github.PrintPlain(() => DiagnosticPrinter.Print(diagnostics, console));
            github.Report(diagnostics, site, heading);
        }
        else
        {
            DiagnosticPrinter.Print(diagnostics, console);
        }
    }
}
