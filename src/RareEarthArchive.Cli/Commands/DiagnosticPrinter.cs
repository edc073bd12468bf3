using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Text;
using RareEarthArchive.Cli.Console;

namespace RareEarthArchive.Cli.Commands;

/// <summary>Prints diagnostics as <c>path(line,col): error CODE: message</c> lines on stderr, then a count.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, ICommandConsole console)
    {
        foreach (var diagnostic in diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString());
        }
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0)
        {
            var phases = string.Join(", ", diagnostics.Select(d => d.Phase).Distinct().Order().Select(p => p.ToString().ToLowerInvariant()));
            console.Error.WriteLine($"{Plural.Count(errors, "error")}, {Plural.Count(warnings, "warning")} (phase: {phases})");
        }
    }
}
