using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Contract;

/// <summary>
/// File-driven contract tests: each folder under Contract/Cases is a small site (content/ and, optionally,
/// site.config.yml) beside <c>expected.txt</c>, the exact diagnostics <c>rea check</c> must print. Cases are
/// discovered at run time from the source tree: add a folder to add a test.
/// </summary>
public sealed class ContractCaseTests
{
    private static readonly string CasesFolder = Path.Combine(RepoPaths.TestsFolder, "Contract", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(CasesFolder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_reports_exactly_the_expected_diagnostics(string name)
    {
        // Given
        using var site = CopyCase(name);
        var expected = File.ReadAllLines(Path.Combine(CasesFolder, name, "expected.txt")).Where(l => l.Length > 0).ToList();

        // When
        var run = Rea.Invoke("check", site.Path);

        // Then
        var diagnostics = run.ErrorLines.Where(l => l.Contains("): error ", StringComparison.Ordinal) || l.Contains("): warning ", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected, diagnostics);
        Assert.Equal(expected.Any(IsError) ? ExitCodes.ContentErrors : ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal); // never a stack trace
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_writes_nothing_when_check_fails(string name)
    {
        // Given
        using var site = CopyCase(name);
        var expectFailure = File.ReadAllLines(Path.Combine(CasesFolder, name, "expected.txt")).Any(IsError);

        // When
        var run = Rea.Invoke("build", site.Path);

        // Then
        Assert.Equal(expectFailure ? ExitCodes.ContentErrors : ExitCodes.Success, run.ExitCode);
        Assert.Equal(!expectFailure, Directory.Exists(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Path, ".*staging*"));
    }

    /// <summary>Warnings (a passage without a text-fragment link) are reported but do not fail a build.</summary>
    private static bool IsError(string line) => line.Contains("): error ", StringComparison.Ordinal);

    private static TempSite CopyCase(string name)
    {
        var site = TempSite.CopyOf(Path.Combine(CasesFolder, name), r => r != "expected.txt");
        if (!File.Exists(Path.Combine(site.Path, "site.config.yml")))
        {
            File.Copy(Path.Combine(CasesFolder, "_default.site.config.yml"), Path.Combine(site.Path, "site.config.yml"));
        }
        return site;
    }
}
