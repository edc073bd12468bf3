namespace RareEarthArchive.Bench;

internal static class RepoRoot
{
    /// <summary>The checkout the bench runs from: the folder above the build output that holds the solution.</summary>
    public static string Find()
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
