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

    /// <summary>The render phase split into its steps: each <see cref="ISiteOutputs"/> producer, then the pages.</summary>
    public IReadOnlyList<StepTiming> RenderSteps { get; init; } = [];
}

public sealed record PhaseTiming(BuildPhase Phase, TimeSpan Elapsed);

public sealed record StepTiming(string Name, TimeSpan Elapsed);
