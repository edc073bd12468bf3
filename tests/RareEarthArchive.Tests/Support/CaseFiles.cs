namespace RareEarthArchive.Tests.Support;

/// <summary>File-driven cases: every <c>NAME.md</c> in a folder is a case, discovered at run time (nothing to register).</summary>
internal static class CaseFiles
{
    /// <summary>The case names (file names without <c>.md</c>) in ordinal order, as theory data.</summary>
    public static TheoryData<string> Names(string folder)
    {
        var names = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            names.Add(Path.GetFileNameWithoutExtension(file));
        }

        return names;
    }
}
