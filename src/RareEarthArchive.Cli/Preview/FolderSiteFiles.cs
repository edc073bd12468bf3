namespace RareEarthArchive.Cli.Preview;

/// <summary>
/// A build written to a folder (<c>rea serve --output DIR</c>). A checked request path is still combined with
/// a real folder here, so the final target is resolved through every symbolic link and must lie inside the
/// output folder's own real path: a link that points outside (planted in the output, or copied from a theme)
/// is a missing file, never a way out.
/// </summary>
internal sealed class FolderSiteFiles : ISiteFiles
{
    private readonly string _root;

    public FolderSiteFiles(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(RealPath(Path.GetFullPath(root)) ?? Path.GetFullPath(root));
    }

    public byte[]? Read(string path)
    {
        var full = Inside(path);
        if (full is null || !File.Exists(full))
        {
            return null;
        }
        try
        {
            return File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Mid-swap after a rebuild, or unreadable: the browser retries on the next reload.
            return null;
        }
    }

    public bool IsDirectory(string path) => Inside(path) is { } full && Directory.Exists(full);

    private string? Inside(string relative)
    {
        var candidate = Path.GetFullPath(Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar)));
        var real = RealPath(candidate);
        return real is not null && (real == _root || real.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) ? real : null;
    }

    /// <summary>The path with every symbolic link along it resolved, or null when it does not exist.</summary>
    private static string? RealPath(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return null;
        }
        var parent = Path.GetDirectoryName(path);
        var name = Path.GetFileName(path);
        if (parent is null || name.Length == 0)
        {
            return path;
        }
        var realParent = RealPath(parent) ?? parent;
        var joined = Path.Combine(realParent, name);
        FileSystemInfo info = Directory.Exists(joined) ? new DirectoryInfo(joined) : new FileInfo(joined);
        if (info.LinkTarget is null)
        {
            return joined;
        }
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        return target is null || !target.Exists ? null : RealPath(Path.GetFullPath(target.FullName));
    }
}
