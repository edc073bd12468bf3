using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Building;

/// <summary>A build that fails leaves the previous output exactly as it was.</summary>
public sealed class FailedBuildTests
{
    [Fact]
    public void Failed_build_leaves_previous_output_untouched()
    {
        // Given: a good build
        using var site = TempSite.CopyOfRealArchive();
        Assert.Equal(ExitCodes.Success, Rea.Invoke("build", site.Path).ExitCode);
        var before = Snapshot(site.Output);

        // When: a quote no longer matches the text
        var source = Directory.EnumerateFiles(Path.Combine(site.Path, "content", "sources")).Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(source);
        var quoteLine = text.Split('\n').First(l => l.TrimStart().StartsWith("quote:", StringComparison.Ordinal));
        File.WriteAllText(source, text.Replace(quoteLine, quoteLine.Replace("quote: ", "quote: NOT IN THE TEXT ", StringComparison.Ordinal), StringComparison.Ordinal));
        var run = Rea.Invoke("build", site.Path);

        // Then
        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("error REA401", StringComparison.Ordinal));
        Assert.Contains("previous output was left as it was", run.Error, StringComparison.Ordinal);
        var after = Snapshot(site.Output);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key));
        Assert.Empty(Directory.EnumerateDirectories(site.Path, ".*"));
    }

    [Fact]
    public void Build_refuses_to_replace_a_folder_it_did_not_make()
    {
        using var site = TempSite.CopyOfRealArchive();
        site.Write("precious/notes.txt", "keep me");
        var run = Rea.Invoke("build", site.Path, "--output", Path.Combine(site.Path, "precious"));
        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("not made by rea build", run.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", site.Read("precious/notes.txt"));
    }

    [Fact]
    public void Usage_errors_exit_with_2()
    {
        Assert.Equal(ExitCodes.UsageError, Rea.Invoke("build", "--nope").ExitCode);
        Assert.Equal(ExitCodes.UsageError, Rea.Invoke("build", "/no/such/folder").ExitCode);
        Assert.Equal(ExitCodes.UsageError, Rea.Invoke("build", ".", "--base-url", "javascript:alert(1)").ExitCode);
        Assert.Equal(ExitCodes.UsageError, Rea.Invoke("frobnicate").ExitCode);
        Assert.Equal(ExitCodes.UsageError, Rea.Invoke().ExitCode);
        Assert.Equal(ExitCodes.Success, Rea.Invoke("--help").ExitCode);
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);
}
