using System.Text.RegularExpressions;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Docs;

/// <summary>
/// ARCHITECTURE.md's "Where to add a key" names the five files an optional annotation key takes, and they are the
/// places the keys of that kind shown today (<c>as_of</c>, <c>attributed_to</c>) are spelled: if a sixth place
/// starts to need each key by name (a second export, a view field per key), it spells these two as well, and this
/// test asks for it to be named in the section (or, better, for it to read the record or the format instead).
/// </summary>
public sealed class KeyGuideTests
{
    private static readonly string[] ShownOptionalKeys = ["as_of", "attributed_to"];

    private static string Section() => ArchitectureGuide.Section("Where to add a key");

    private static IReadOnlyList<string> ListedFiles() => ArchitectureGuide.ListedFiles(Section());

    [Fact]
    public void The_section_lists_five_files_that_exist()
    {
        var listed = ListedFiles();
        Assert.Equal(5, listed.Count);
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.All(listed, path => Assert.True(File.Exists(Path.Combine(RepoPaths.Root, path)), $"{path} does not exist"));
    }

    [Theory]
    [InlineData("as_of")]
    [InlineData("attributed_to")]
    public void Each_listed_file_is_a_place_the_key_is_spelled(string key)
    {
        var spelling = Spelling(key);
        Assert.All(ListedFiles(), path => Assert.True(spelling.IsMatch(Code(path)), $"{path} does not spell {key}: is it still where a key goes?"));
    }

    [Fact]
    public void Every_other_file_of_code_or_theme_that_spells_such_a_key_is_named_in_the_section()
    {
        var section = Section();
        var listed = ListedFiles();
        var unnamed = new List<string>();
        foreach (var path in CodeAndThemeFiles())
        {
            var code = Code(path);
            if (ShownOptionalKeys.Any(k => Spelling(k).IsMatch(code)) && !listed.Contains(path) && !section.Contains($"`{path}`", StringComparison.Ordinal))
            {
                unnamed.Add(path);
            }
        }
        Assert.True(unnamed.Count == 0, "these files spell an annotation key by name but ARCHITECTURE.md's \"Where to add a key\" does not name them: " + string.Join(", ", unnamed));
        // The search is real: it finds the listed files themselves.
        Assert.Superset(listed.ToHashSet(StringComparer.Ordinal), CodeAndThemeFiles().Where(p => Spelling("attributed_to").IsMatch(Code(p))).ToHashSet(StringComparer.Ordinal));
    }

    private static IEnumerable<string> CodeAndThemeFiles() =>
        new[] { ("src", "*.cs"), ("themes", "*.html") }
            .SelectMany(r => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, r.Item1), r.Item2, SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>A file's text without its whole-line comments (<c>//</c>, <c>///</c>, Scriban's <c>{{~ # … ~}}</c>): a key named in a remark is not a place it is handled.</summary>
    private static string Code(string path) =>
        string.Join('\n', File.ReadLines(Path.Combine(RepoPaths.Root, path))
            .Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal) && !l.TrimStart().StartsWith("{{~ #", StringComparison.Ordinal)));

    /// <summary>The key as YAML and templates spell it (<c>as_of</c>) or as C# does (<c>AsOf</c>).</summary>
    private static Regex Spelling(string key) =>
        new($@"\b({Regex.Escape(key)}|{string.Concat(key.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))})\b", RegexOptions.CultureInvariant);

}
