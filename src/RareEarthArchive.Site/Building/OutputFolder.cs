using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Outputs;

namespace RareEarthArchive.Site.Building;

/// <summary>
/// The write phase. Files go to a staging folder beside the output (<see cref="StagingFolder"/>: unchanged
/// files are linked, not rewritten), and only a complete staging folder is swapped in: a build that fails at
/// any point leaves the previous output exactly as it was.
/// </summary>
public static class OutputFolder
{
    /// <summary>Marks a folder as made by this tool, so a build never replaces a folder it did not make.</summary>
    public const string MarkerFile = ".rea-output";

    public static bool Replace(string outputDirectory, string siteDirectory, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        if (!IsSafeTarget(output, Path.GetFullPath(siteDirectory), diagnostics))
        {
            return false;
        }
        StagingFolder? staging = null;
        try
        {
            staging = new StagingFolder(output);
            foreach (var file in files)
            {
                staging.Write(file.Path, file.Content);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            staging?.Dispose();
            diagnostics.Error(SourceLocation.FileStart(output), DiagnosticCodes.OutputFailed,
                $"{e.Message}; nothing was replaced: the previous output is as it was");
            return false;
        }
        using (staging)
        {
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
    }

    private static bool IsSafeTarget(string output, string site, DiagnosticBag diagnostics)
    {
        var comparison = StringComparison.Ordinal;
        var siteWithSlash = Path.TrimEndingDirectorySeparator(site) + Path.DirectorySeparatorChar;
        var outputWithSlash = output + Path.DirectorySeparatorChar;
        string? problem = null;
        if (siteWithSlash.StartsWith(outputWithSlash, comparison))
        {
            problem = "the output folder would contain the site folder itself";
        }
        else if (outputWithSlash.StartsWith(Path.Combine(site, "content") + Path.DirectorySeparatorChar, comparison)
                 || outputWithSlash.StartsWith(Path.Combine(site, "themes") + Path.DirectorySeparatorChar, comparison))
        {
            problem = "the output folder is inside content/ or themes/";
        }
        else if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            problem = $"the output folder is not empty and was not made by rea build (no {MarkerFile}); choose another --output or empty it";
        }
        if (problem is not null)
        {
            diagnostics.Error(SourceLocation.FileStart(output), DiagnosticCodes.OutputFailed, problem);
            return false;
        }
        return true;
    }
}
