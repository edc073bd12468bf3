using RareEarthArchive.Core.Diagnostics;

namespace RareEarthArchive.Site.Building;

/// <summary>The outcome of a build or check: every diagnostic, what was produced and how long each phase took.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int PageCount,
    int FileCount,
    IReadOnlyList<PhaseTiming> Timings,
    string? OutputDirectory)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

public sealed record PhaseTiming(BuildPhase Phase, TimeSpan Elapsed);
