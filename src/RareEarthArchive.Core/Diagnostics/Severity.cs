namespace RareEarthArchive.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
