namespace RareEarthArchive.Cli.Commands;

/// <summary>The process exit codes, relied on by CI and scripts.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
}
