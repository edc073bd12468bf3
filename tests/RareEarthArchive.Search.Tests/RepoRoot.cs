namespace RareEarthArchive.Search.Tests;

/// <summary>The repository root: the first folder above the test binaries that holds RareEarthArchive.sln.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "RareEarthArchive.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RareEarthArchive.sln not found above " + AppContext.BaseDirectory);
    }
}
