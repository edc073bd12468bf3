using System.Diagnostics;
using System.Globalization;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Building;

/// <summary>The same input gives byte-identical output, whatever the culture, time zone or file-system order.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Build_is_byte_identical_under_another_culture_and_file_order()
    {
        // Given: the archive, and a second copy whose files were created in reverse order (so a file
        // system that lists in creation order lists them differently).
        using var reversed = TempSite.Empty();
        var files = Directory.EnumerateFiles(RepoPaths.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Where(r => r == "site.config.yml" || r.StartsWith("content/", StringComparison.Ordinal) || r.StartsWith("themes/", StringComparison.Ordinal))
            .OrderByDescending(r => r, StringComparer.Ordinal);
        foreach (var relative in files)
        {
            reversed.Write(relative, File.ReadAllText(Path.Combine(RepoPaths.Root, relative)));
        }

        // When: one build under the invariant culture, one under Turkish (dotted/dotless i, decimal comma).
        var first = WithCulture(CultureInfo.InvariantCulture, () => BuiltSite.Build(RepoPaths.Root, RealArchiveBuild.BaseUrl));
        var second = WithCulture(CultureInfo.GetCultureInfo("tr-TR"), () => BuiltSite.Build(reversed.Path, RealArchiveBuild.BaseUrl));

        // Then
        AssertSameFiles(first.Files, second.Files);
    }

    [Fact]
    public void Command_line_build_is_byte_identical_across_time_zones_and_locales()
    {
        using var one = TempSite.Empty();
        using var two = TempSite.Empty();
        RunRea(one.Path, new() { ["TZ"] = "Pacific/Kiritimati", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8" });
        RunRea(two.Path, new() { ["TZ"] = "America/Adak", ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" });
        AssertSameFiles(ReadTree(one.Path), ReadTree(two.Path));
        Assert.DoesNotContain(ReadTree(one.Path), f => f.Key.Contains("staging", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_time_appears_only_with_SOURCE_DATE_EPOCH()
    {
        using var site = TempSite.CopyOfRealArchive();
        var without = Rea.Invoke("build", site.Path, "--output", Path.Combine(site.Path, "a"));
        var with = Rea.InvokeWith(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1750000000" }, "build", site.Path, "--output", Path.Combine(site.Path, "b"));
        Assert.Equal(0, without.ExitCode);
        Assert.Equal(0, with.ExitCode);
        Assert.DoesNotContain("Built ", site.Read("a/index.html"), StringComparison.Ordinal);
        Assert.Contains("Built 2025-06-15 15:06 UTC", site.Read("b/index.html"), StringComparison.Ordinal);
        Assert.Contains("<updated>2025-06-15T15:06:40Z</updated>", site.Read("b/feed.xml"), StringComparison.Ordinal);
    }

    private static void RunRea(string output, Dictionary<string, string> environment)
    {
        var rea = Path.Combine(AppContext.BaseDirectory, "rea.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { rea, "build", RepoPaths.Root, "--output", output, "--base-url", RealArchiveBuild.BaseUrl })
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        // The output folder must not exist yet, or be one rea made; the temp folder is empty.
        Directory.Delete(output);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "rea build did not finish in 2 minutes");
        Assert.True(process.ExitCode == 0, stderr.Result);
    }

    private static Dictionary<string, byte[]> ReadTree(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    private static void AssertSameFiles(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
        }
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, ui, defaultCulture, defaultUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            // Default* too: pages render on thread-pool threads.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (defaultCulture, defaultUi);
        }
    }
}
