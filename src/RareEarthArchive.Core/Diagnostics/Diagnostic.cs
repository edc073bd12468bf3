namespace RareEarthArchive.Core.Diagnostics;

/// <summary>One problem found in the input, as data. Printed as <c>path(line,col): error CODE: message</c>.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message, BuildPhase Phase)
{
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
