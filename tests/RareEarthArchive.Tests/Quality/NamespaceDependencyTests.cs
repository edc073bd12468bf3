using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Quality;

/// <summary>
/// Dependencies between Core's namespaces that go one way only. Read from the source files, because a reference
/// in C# needs a using directive or a qualified name in the file: Anchoring (matching quotes in a reader text) is
/// used by Validation (which parses bodies and anchors every quote), so Anchoring must not name Validation, or the
/// two become one tangle again (they were, through rea quote's lookup in a source).
/// </summary>
public sealed class NamespaceDependencyTests
{
    [Theory]
    [InlineData("Anchoring", "Validation")]
    public void A_namespace_does_not_name_one_that_depends_on_it(string folder, string dependent)
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "RareEarthArchive.Core", folder), "*.cs", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        var naming = files.Where(f => File.ReadAllText(f).Contains($"{dependent}.", StringComparison.Ordinal)
            || File.ReadAllText(f).Contains($"Core.{dependent}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .ToList();
        Assert.Empty(naming);
    }

    [Fact]
    public void The_dependent_namespace_does_use_it()
    {
        // Otherwise the test above would pass by the namespaces having drifted apart, and say nothing.
        var validation = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "RareEarthArchive.Core", "Validation"), "*.cs");
        Assert.Contains(validation, f => File.ReadAllText(f).Contains("using RareEarthArchive.Core.Anchoring;", StringComparison.Ordinal));
    }
}
