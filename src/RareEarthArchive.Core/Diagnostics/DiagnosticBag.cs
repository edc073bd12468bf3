namespace RareEarthArchive.Core.Diagnostics;

/// <summary>
/// Collects every problem of a build so that all are reported at once. Passed to whoever checks
/// something (no static logger). Thread-safe, because pages may be rendered in parallel.
/// A bag is a writer for one phase: <see cref="For"/> gives each phase its own writer over the same
/// collection, so what a phase reports carries that phase whatever ran before or runs beside it.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly Collected _collected;

    /// <summary>A new, empty collection, written to as <paramref name="phase"/>.</summary>
    public DiagnosticBag(BuildPhase phase = BuildPhase.Load)
        : this(new Collected(), phase)
    {
    }

    private DiagnosticBag(Collected collected, BuildPhase phase)
    {
        _collected = collected;
        Phase = phase;
    }

    /// <summary>The phase every diagnostic written through this bag is labelled with.</summary>
    public BuildPhase Phase { get; }

    /// <summary>A writer for <paramref name="phase"/> into the same collection (this bag is unchanged).</summary>
    public DiagnosticBag For(BuildPhase phase) => new(_collected, phase);

    /// <summary>True when any phase has reported an error into the collection.</summary>
    public bool HasErrors => _collected.HasErrors;

    public void Error(SourceLocation location, DiagnosticCode code, string message) =>
        _collected.Add(new Diagnostic(location, Severity.Error, code.Id, message, Phase));

    public void Warning(SourceLocation location, DiagnosticCode code, string message) =>
        _collected.Add(new Diagnostic(location, Severity.Warning, code.Id, message, Phase));

    /// <summary>All diagnostics of every phase in a stable order (path, line, column, code, message), whatever order they were found in.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => _collected.Sorted();

    private sealed class Collected
    {
        private readonly List<Diagnostic> _items = [];
        private readonly Lock _gate = new();

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

        public void Add(Diagnostic diagnostic)
        {
            lock (_gate)
            {
                _items.Add(diagnostic);
            }
        }

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
}
