namespace RareEarthArchive.Core.Diagnostics;

/// <summary>The named phases of a build, in order. A diagnostic says which phase found it.</summary>
public enum BuildPhase
{
    Load,
    Validate,
    Assemble,
    Render,
    Write,
}
