using System.Diagnostics;

namespace RareEarthArchive.Tests.Support;

/// <summary>Finds the repository (the folder with RareEarthArchive.sln) from wherever the tests run.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestsFolder => Path.Combine(Root, "tests", "RareEarthArchive.Tests");

    /// <summary>
    /// The repository's files as a checkout of it has them, relative with '/': tracked, or new and not ignored (so a
    /// file added in the work tree counts before it is committed); never bin/, obj/ or node_modules/.
    /// </summary>
    public static IReadOnlyList<string> CheckoutFiles()
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true };
        foreach (var arg in new[] { "ls-files", "-z", "--cached", "--others", "--exclude-standard" })
        {
            info.ArgumentList.Add(arg);
        }
        using var git = Process.Start(info)!;
        var files = git.StandardOutput.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries);
        git.WaitForExit();
        if (git.ExitCode != 0)
        {
            throw new InvalidOperationException($"git ls-files exited {git.ExitCode} in {Root}");
        }
        // A file deleted in the work tree but not yet from the index is not in a checkout of the change.
        return [.. files.Where(f => File.Exists(Path.Combine(Root, f))).Order(StringComparer.Ordinal)];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RareEarthArchive.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("RareEarthArchive.sln not found above " + AppContext.BaseDirectory);
    }
}
