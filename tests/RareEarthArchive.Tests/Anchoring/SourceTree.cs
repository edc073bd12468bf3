using System.Runtime.CompilerServices;

namespace RareEarthArchive.Tests.Anchoring;

/// <summary>
/// Finds test data next to the test's source file, so case files need no csproj entry.
/// </summary>
internal static class SourceTree
{
    /// <summary>
    /// The folder <paramref name="relative"/> beside the calling source file. The build maps
    /// source paths (Directory.Build.props sets PathMap to /src/), so [CallerFilePath] may not
    /// exist on disk; then the repository root is found from the test binaries and the mapped
    /// path's tail is resolved under it.
    /// </summary>
    public static string Folder(string relative, [CallerFilePath] string callerFile = "")
    {
        var direct = Path.Combine(Path.GetDirectoryName(callerFile) ?? ".", relative);
        if (Directory.Exists(direct))
        {
            return direct;
        }

        var root = Support.RepoPaths.Root;
        var segments = Path.GetDirectoryName(callerFile)!.Split('/', '\\', StringSplitOptions.RemoveEmptyEntries);
        for (var skip = 0; skip < segments.Length; skip++)
        {
            var candidate = Path.Combine([root, .. segments[skip..], relative]);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No folder '{relative}' beside {callerFile} under {root}.");
    }
}
