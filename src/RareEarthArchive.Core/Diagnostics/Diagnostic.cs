namespace RareEarthArchive.Core.Diagnostics;

/// <summary>
/// One problem found in the input, as data. Printed as <c>path(line,col): error CODE: message</c> on one line:
/// control characters from file names and values are shown escaped (see <see cref="ControlText"/>).
/// </summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message, BuildPhase Phase)
{
    public override string ToString() =>
        $"{ControlText.Escape(Location.ToString())}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {ControlText.Escape(Message)}";
}
