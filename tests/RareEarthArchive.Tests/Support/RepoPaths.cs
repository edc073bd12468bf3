namespace RareEarthArchive.Tests.Support;

/// <summary>Finds the repository (the folder with RareEarthArchive.sln) from wherever the tests run.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestsFolder => Path.Combine(Root, "tests", "RareEarthArchive.Tests");

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
