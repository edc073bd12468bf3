namespace RareEarthArchive.Tests.Support;

/// <summary>A site folder in a fresh temporary directory, deleted when disposed.</summary>
internal sealed class TempSite : IDisposable
{
    private TempSite(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public string Output => System.IO.Path.Combine(Path, "_site");

    public static TempSite Empty()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rea-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new TempSite(path);
    }

    /// <summary>A copy of a folder (recursively), e.g. the real archive or a test case.</summary>
    public static TempSite CopyOf(string folder, Func<string, bool>? include = null)
    {
        var site = Empty();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(folder, file);
            if (include is not null && !include(relative.Replace('\\', '/')))
            {
                continue;
            }
            var target = System.IO.Path.Combine(site.Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return site;
    }

    /// <summary>The real archive: config, content and themes of the repository, nothing else.</summary>
    public static TempSite CopyOfRealArchive() =>
        CopyOf(RepoPaths.Root, r => r == "site.config.yml" || r.StartsWith("content/", StringComparison.Ordinal) || r.StartsWith("themes/", StringComparison.Ordinal));

    public void Write(string relativePath, string text)
    {
        var target = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text);
    }

    public string Read(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder does not fail a test.
        }
    }
}
