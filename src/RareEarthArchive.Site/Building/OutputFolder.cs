using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Outputs;

namespace RareEarthArchive.Site.Building;

/// <summary>
/// The write phase. Files go to a staging folder beside the output as they are rendered (<see cref="OutputSink"/>,
/// <see cref="StagingFolder"/>: unchanged files are linked, not rewritten), and only a complete staging folder is
/// swapped in: a build that fails at any point leaves the previous output exactly as it was.
/// </summary>
public static class OutputFolder
{
    /// <summary>Marks a folder as made by this tool, so a build never replaces a folder it did not make.</summary>
    public const string MarkerFile = ".rea-output";

    /// <summary>
    /// Checks that the build may replace <paramref name="outputDirectory"/> and makes the staging folder beside it, before
    /// the render phase, so that each file is written there as soon as it is made (<see cref="OutputSink"/>).
    /// </summary>
    /// <param name="problem">When null is returned: why, as the write phase reports it (only if the render succeeds).</param>
    internal static StagingFolder? OpenStaging(string outputDirectory, string siteDirectory, out string output, out string? problem)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        problem = UnsafeTarget(output, Path.GetFullPath(siteDirectory));
        if (problem is not null)
        {
            return null;
        }
        try
        {
            return new StagingFolder(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = NothingReplaced(e);
            return null;
        }
    }

    /// <summary>Swaps a complete staging folder in (<see cref="StagingFolder.Commit"/>); a failed write leaves the previous output as it was.</summary>
    internal static bool Commit(OutputSink sink, string output, DiagnosticBag diagnostics)
    {
        var staging = sink.Staging ?? throw new InvalidOperationException("the sink does not write to a staging folder");
        if (sink.WriteFailure is { } failure)
        {
            diagnostics.Error(SourceLocation.FileStart(output), DiagnosticCodes.OutputFailed, NothingReplaced(failure));
            return false;
        }
        try
        {
            if (staging.Commit() is { } warning)
            {
                diagnostics.Warning(SourceLocation.FileStart(output), DiagnosticCodes.OutputFailed, warning);
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Commit's own messages say what the output folder holds now.
            diagnostics.Error(SourceLocation.FileStart(output), DiagnosticCodes.OutputFailed, e.Message);
            return false;
        }
    }

    private static string NothingReplaced(Exception e) => $"{e.Message}; nothing was replaced: the previous output is as it was";

    private static string? UnsafeTarget(string output, string site)
    {
        var comparison = StringComparison.Ordinal;
        var siteWithSlash = Path.TrimEndingDirectorySeparator(site) + Path.DirectorySeparatorChar;
        var outputWithSlash = output + Path.DirectorySeparatorChar;
        if (siteWithSlash.StartsWith(outputWithSlash, comparison))
        {
            return "the output folder would contain the site folder itself";
        }
        if (outputWithSlash.StartsWith(Path.Combine(site, "content") + Path.DirectorySeparatorChar, comparison)
            || outputWithSlash.StartsWith(Path.Combine(site, "themes") + Path.DirectorySeparatorChar, comparison))
        {
            return "the output folder is inside content/ or themes/";
        }
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            return $"the output folder is not empty and was not made by rea build (no {MarkerFile}); choose another --output or empty it";
        }
        return null;
    }
}
