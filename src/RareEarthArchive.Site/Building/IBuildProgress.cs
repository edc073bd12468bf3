using RareEarthArchive.Core.Diagnostics;

namespace RareEarthArchive.Site.Building;

/// <summary>
/// Told as each phase and render step of a build finishes, on the thread that runs the build; for a progress
/// display. It never changes what is built.
/// </summary>
public interface IBuildProgress
{
    void PhaseFinished(BuildPhase phase, TimeSpan elapsed);

    void StepFinished(string step, TimeSpan elapsed);
}
