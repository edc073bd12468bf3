using System.Globalization;
using System.Text;
using RareEarthArchive.Cli.Console;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Text;

namespace RareEarthArchive.Cli.GitHub;

/// <summary>
/// When <c>GITHUB_ACTIONS=true</c>: annotations on the pull request's diff and a Markdown table in the job summary,
/// on top of the plain <c>path(line,col): error CODE: message</c> lines, which stay the complete log.
/// </summary>
/// <remarks>
/// GitHub keeps at most 10 error and 10 warning annotations per step and drops the rest silently, so only
/// that many commands are written, followed by a notice that points to the log and the summary, which carry
/// every problem. Everything goes to stderr, the stream the plain lines use, so the runner sees it in order.
/// </remarks>
internal sealed class GitHubReporter(ICommandConsole console)
{
    public const int AnnotationsPerKind = 10;

    /// <summary>The job summary is limited to 1 MiB per step; past this the table is cut, never the upload failed.</summary>
    public const int MaxSummaryBytes = 1000 * 1024;

    public bool IsActive => console.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";

    /// <summary>
    /// Prints the plain lines with command processing paused: a message quotes contributor text, which must
    /// never be read as a workflow command (a quote could contain "::add-mask::" on a line of its own).
    /// The pause token is random so that text cannot end the pause early; it never reaches the built site.
    /// </summary>
    public void PrintPlain(Action print)
    {
        var token = Guid.NewGuid().ToString("N");
        console.Error.WriteLine($"::stop-commands::{token}");
        print();
        console.Error.WriteLine($"::{token}::");
    }

    /// <summary>The annotations (at most the number GitHub shows) and the job summary (every problem).</summary>
    public void Report(IReadOnlyList<Diagnostic> diagnostics, string siteDirectory, string heading)
    {
        var prefix = RepositoryPrefix(siteDirectory);
        var shown = 0;
        foreach (var group in diagnostics.GroupBy(d => d.Severity).OrderBy(g => g.Key))
        {
            foreach (var diagnostic in group.Take(AnnotationsPerKind))
            {
                console.Error.WriteLine(Annotation(diagnostic, prefix));
                shown++;
            }
        }
        if (shown < diagnostics.Count)
        {
            console.Error.WriteLine(WorkflowCommand.Format("notice", [("title", "More problems than annotations")],
                $"{diagnostics.Count - shown} more of {diagnostics.Count} problems are not annotated (GitHub shows {AnnotationsPerKind} of each kind per step); every one is in this log and in the job summary."));
        }
        WriteSummary(diagnostics, prefix, heading);
    }

    /// <summary>One <c>::error</c> or <c>::warning</c> command for a diagnostic.</summary>
    public static string Annotation(Diagnostic diagnostic, string repositoryPrefix)
    {
        var title = DiagnosticCodes.All.FirstOrDefault(c => c.Id == diagnostic.Code) is { } code
            ? $"{code.Id} {code.Title}"
            : diagnostic.Code;
        return WorkflowCommand.Format(
            diagnostic.Severity == Severity.Error ? "error" : "warning",
            [
                // Escaped twice: control characters made visible (a raw ESC or BEL would reach the log viewer), then GitHub's own escaping.
                ("file", ControlText.Escape(repositoryPrefix + diagnostic.Location.Path)),
                ("line", diagnostic.Location.Line.ToString(CultureInfo.InvariantCulture)),
                ("col", diagnostic.Location.Column.ToString(CultureInfo.InvariantCulture)),
                ("title", title),
            ],
            ControlText.Escape(diagnostic.Message, keepLineBreaks: true));
    }

    /// <summary>
    /// Diagnostic paths are relative to the site folder, annotations need paths relative to the repository
    /// (GITHUB_WORKSPACE): the prefix is the site folder's place in the checkout, "" at its root.
    /// </summary>
    private string RepositoryPrefix(string siteDirectory)
    {
        if (console.GetEnvironmentVariable("GITHUB_WORKSPACE") is not { Length: > 0 } workspace)
        {
            return "";
        }
        var relative = Path.GetRelativePath(Path.GetFullPath(workspace), Path.GetFullPath(siteDirectory)).Replace('\\', '/');
        return relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? "" : relative + "/";
    }

    private void WriteSummary(IReadOnlyList<Diagnostic> diagnostics, string prefix, string heading)
    {
        if (console.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is not { Length: > 0 } path)
        {
            return;
        }
        File.AppendAllText(path, Summary(diagnostics, prefix, heading), new UTF8Encoding(false));
    }

    /// <summary>The Markdown for the job summary: a count, then one table row per problem.</summary>
    public static string Summary(IReadOnlyList<Diagnostic> diagnostics, string prefix, string heading)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        var text = new StringBuilder();
        text.Append("## ").Append(heading).Append("\n\n");
        if (diagnostics.Count == 0)
        {
            return text.Append("No problems found.\n\n").ToString();
        }
        text.Append(Plural.Count(errors, "error")).Append(", ").Append(Plural.Count(warnings, "warning")).Append(".\n\n");
        text.Append("| File | Line | Column | Severity | Code | Message |\n|---|---:|---:|---|---|---|\n");
        var written = 0;
        var bytes = Encoding.UTF8.GetByteCount(text.ToString());
        foreach (var d in diagnostics)
        {
            var row = $"| {Cell(prefix + d.Location.Path)} | {d.Location.Line.ToString(CultureInfo.InvariantCulture)} | {d.Location.Column.ToString(CultureInfo.InvariantCulture)} | {(d.Severity == Severity.Error ? "error" : "warning")} | {Cell(d.Code)} | {Cell(d.Message)} |\n";
            bytes += Encoding.UTF8.GetByteCount(row);
            if (bytes > MaxSummaryBytes - 200)
            {
                text.Append("\n").Append(diagnostics.Count - written).Append(" more problems are in the step's log (the summary is limited to 1 MiB).\n");
                break;
            }
            text.Append(row);
            written++;
        }
        return text.Append('\n').ToString();
    }

    /// <summary>
    /// A table cell: contributor text must stay text. HTML is escaped (summaries render it), '|' would end the
    /// cell, and a line break would end the row.
    /// </summary>
    public static string Cell(string value) =>
        ControlText.Escape(value).Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", " ", StringComparison.Ordinal)
            .Replace('\r', ' ')
            .Replace('\n', ' ');
}
