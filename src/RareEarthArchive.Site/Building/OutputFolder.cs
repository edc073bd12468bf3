using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Outputs;

namespace RareEarthArchive.Site.Building;

/// <summary>
/// The write phase. Files go to a staging folder beside the output, and only a complete staging folder is
/// swapped in: a build that fails at any point leaves the previous output exactly as it was.
/// </summary>
public static class OutputFolder
{
    /// <summary>Marks a folder as made by this tool, so a build never replaces a folder it did not make.</summary>
    public const string MarkerFile = ".rea-output";

    public static bool Replace(string outputDirectory, string siteDirectory, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        diagnostics.Phase = BuildPhase.Write;
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        if (!IsSafeTarget(output, Path.GetFullPath(siteDirectory), diagnostics))
        {
            return false;
        }
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }
            File.WriteAllText(Path.Combine(staging, MarkerFile), "Made by rea build; the whole folder is replaced on every build.\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.FileStart(output), DiagnosticCodes.OutputFailed,
                $"{e.Message}; nothing was replaced: the previous output is as it was");
            TryDelete(staging);
            return false;
        }
        return Swap(staging, output, Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}"), diagnostics);
    }

    /// <summary>
    /// Puts the complete staging folder in place of the output. Each way this can fail says what it left,
    /// because "the previous output was left as it was" is only true before the first move.
    /// </summary>
    private static bool Swap(string staging, string output, string old, DiagnosticBag diagnostics)
    {
        var hadOutput = Directory.Exists(output);
        try
        {
            if (hadOutput)
            {
                Directory.Move(output, old);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.FileStart(output), DiagnosticCodes.OutputFailed,
                $"the previous output cannot be moved aside ({e.Message}); nothing was replaced: the previous output is as it was");
            TryDelete(staging);
            return false;
        }
        try
        {
            Directory.Move(staging, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var restored = hadOutput && TryMove(old, output);
            diagnostics.Error(SourceLocation.FileStart(output), DiagnosticCodes.OutputFailed, !hadOutput
                ? $"the new output cannot be moved into place ({e.Message}); there was no previous output"
                : restored
                    ? $"the new output cannot be moved into place ({e.Message}); the previous output was put back as it was"
                    : $"the new output cannot be moved into place ({e.Message}), and the previous output could not be put back: it is at {old}");
            TryDelete(staging);
            return false;
        }
        if (hadOutput)
        {
            try
            {
                Directory.Delete(old, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The build succeeded: the new output is in place. Only the cleanup failed, and the message says so.
                diagnostics.Warning(SourceLocation.FileStart(output), DiagnosticCodes.OutputFailed,
                    $"the output was replaced, but the previous output cannot be removed ({e.Message}); it is left hidden at {old}, delete it by hand");
            }
        }
        return true;
    }

    private static bool TryMove(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
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

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover staging folder is harmless: it is hidden and never published.
        }
    }
}
