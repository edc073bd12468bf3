using System.Text.RegularExpressions;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Docs;

/// <summary>The guides stay true: every error code is documented, and every path the docs name exists.</summary>
public sealed partial class DocumentationTests
{
    [Fact]
    public void Contributor_guide_has_a_section_for_every_error_code_and_no_other()
    {
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "CONTRIBUTING.md"));
        var documented = CodeHeading().Matches(guide).Select(m => (Code: m.Groups[1].Value, Title: m.Groups[2].Value.Trim())).ToList();
        Assert.Equal(DiagnosticCodes.All.Select(c => (c.Id, c.Title)), documented.Select(d => (d.Code, d.Title)));
    }

    [Fact]
    public void Codes_are_unique()
    {
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(c => c.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("ARCHITECTURE.md")]
    [InlineData("CONTRIBUTING.md")]
    [InlineData("README.md")]
    public void Every_repository_path_a_guide_names_exists(string guide)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, guide));
        var missing = RepoPath().Matches(text)
            .Select(m => m.Groups[1].Value.TrimEnd('.', ',', ')', ':'))
            .Where(p => !p.Contains('<') && !p.Contains('*'))
            .Distinct()
            .Where(p => !File.Exists(Path.Combine(RepoPaths.Root, p)) && !Directory.Exists(Path.Combine(RepoPaths.Root, p)))
            .ToList();
        Assert.Empty(missing);
    }

    [GeneratedRegex(@"^### (REA\d{3}) (.+)$", RegexOptions.Multiline)]
    private static partial Regex CodeHeading();

    // Paths in backticks or links that start at a top-level folder of the repository.
    [GeneratedRegex(@"[`(]((?:src|tests|themes|docs|schemas|scripts|bench|\.ci|\.github)/[A-Za-z0-9_./\-]*)")]
    private static partial Regex RepoPath();
}
