using System.Text.RegularExpressions;

namespace RareEarthArchive.Tests.Support;

/// <summary>ARCHITECTURE.md's "where to add …" sections, for the tests that keep their lists of files honest.</summary>
internal static partial class ArchitectureGuide
{
    /// <summary>The section headed <c>## <paramref name="heading"/></c>, up to the next <c>## </c> heading.</summary>
    public static string Section(string heading)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "ARCHITECTURE.md"));
        var start = text.IndexOf($"## {heading}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"ARCHITECTURE.md has no section \"{heading}\"");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }

    /// <summary>The first path of each item of the section's numbered list (<c>1. `path`: what</c>).</summary>
    public static IReadOnlyList<string> ListedFiles(string section) => [.. ListItem().Matches(section).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"^\d+\. `([^`]+)`", RegexOptions.Multiline)]
    private static partial Regex ListItem();
}
