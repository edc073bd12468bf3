using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Building;

/// <summary>A rebuild writes only the files whose bytes changed; the others keep their modification time (they are linked, not rewritten).</summary>
public sealed class RebuildTests
{
    [Fact]
    public void Rebuild_links_unchanged_files_and_writes_only_changed_ones()
    {
        // Given: a good build, every file dated 2001 (a file written again would carry today's date)
        using var site = TempSite.CopyOfRealArchive();
        Assert.Equal(ExitCodes.Success, Rea.Invoke("build", site.Path).ExitCode);
        var before = Files(site.Output);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in before.Keys)
        {
            File.SetLastWriteTimeUtc(Path.Combine(site.Output, file), old);
        }

        // When: one claim's commentary changes and the site is built again
        var claim = Directory.EnumerateFiles(Path.Combine(site.Path, "content", "claims")).Order(StringComparer.Ordinal).First();
        var claimId = Path.GetFileNameWithoutExtension(claim);
        File.AppendAllText(claim, "\nA sentence added by the rebuild test.\n");
        Assert.Equal(ExitCodes.Success, Rea.Invoke("build", site.Path).ExitCode);

        // Then: the output is what a fresh build gives, the claim's page changed on disk, most files were not touched
        var after = Files(site.Output);
        using var fresh = TempSite.Empty();
        Assert.Equal(ExitCodes.Success, Rea.Invoke("build", site.Path, "--output", fresh.Output).ExitCode);
        var expected = Files(fresh.Output);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key));

        var changed = after.Keys.Where(f => !before.TryGetValue(f, out var old) || !old.AsSpan().SequenceEqual(after[f])).ToHashSet(StringComparer.Ordinal);
        Assert.Contains($"claims/{claimId}/index.html", changed);
        var unchanged = after.Keys.Where(f => !changed.Contains(f) && f != ".rea-output").ToList();
        Assert.True(unchanged.Count > after.Count / 2, $"only {unchanged.Count} of {after.Count} files unchanged");
        Assert.All(unchanged, f => Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(site.Output, f))));
        Assert.All(changed, f => Assert.True(File.GetLastWriteTimeUtc(Path.Combine(site.Output, f)) > old, f));
        // Nothing is left beside the output: no staging folder, no previous output.
        Assert.Empty(Directory.EnumerateDirectories(site.Path, ".*"));
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
