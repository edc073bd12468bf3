namespace RareEarthArchive.Core.Diagnostics;

/// <summary>
/// Collects every problem of a build so that all are reported at once. Passed to whoever checks
/// something (no static logger). Thread-safe, because pages may be rendered in parallel.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public BuildPhase Phase { get; set; } = BuildPhase.Load;

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    public void Error(SourceLocation location, DiagnosticCode code, string message) =>
        Add(new Diagnostic(location, Severity.Error, code.Id, message, Phase));

    public void Warning(SourceLocation location, DiagnosticCode code, string message) =>
        Add(new Diagnostic(location, Severity.Warning, code.Id, message, Phase));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>All diagnostics in a stable order (path, line, column, code, message), whatever order they were found in.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return [.. _items
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)];
        }
    }
}
