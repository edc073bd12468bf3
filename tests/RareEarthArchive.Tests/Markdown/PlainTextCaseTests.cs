using RareEarthArchive.Core.Markdown;
using RareEarthArchive.Tests.Anchoring;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Markdown;

/// <summary>
/// Runs every <c>PlainTextCases/NAME.md</c> through <see cref="ContributorMarkdown.ToPlainText"/> and compares the
/// result with <c>PlainTextCases/NAME.txt</c> (its one line, without the final line break). Add a case by adding the
/// two files. The one function serves search, the exports and page metadata, so these are what all three say.
/// </summary>
public sealed class PlainTextCaseTests
{
    private static readonly string Cases = SourceTree.Folder("PlainTextCases");

    public static TheoryData<string> CaseNames() => CaseFiles.Names(Cases);

    [Fact]
    public void Every_case_has_its_expected_text()
    {
        var inputs = Directory.GetFiles(Cases, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        var expected = Directory.GetFiles(Cases, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(inputs, expected);
        Assert.True(CaseNames().Count >= 10);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case(string name)
    {
        var markdown = File.ReadAllText(Path.Combine(Cases, name + ".md"));
        var expected = File.ReadAllText(Path.Combine(Cases, name + ".txt"));
        Assert.EndsWith("\n", expected, StringComparison.Ordinal);
        Assert.Equal(expected[..^1], ContributorMarkdown.ToPlainText(markdown));
    }
}
