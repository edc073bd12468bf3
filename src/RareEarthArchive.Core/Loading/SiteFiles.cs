using RareEarthArchive.Core.Diagnostics;

namespace RareEarthArchive.Core.Loading;

/// <summary>
/// The only way the build reads the site folder: content, config and theme files. A pull request controls
/// every byte of the site folder, including links and special files that git can carry (symbolic links) or a
/// checkout script can make, so: nothing is read through a symbolic link (a link to <c>/etc/passwd</c> or
/// <c>.git/config</c> would otherwise be published), only regular files are opened (a FIFO blocks for ever,
/// <c>/dev/zero</c> never ends), and no file is read past <see cref="MaxFileBytes"/>. Each refusal is a
/// diagnostic at the file.
/// </summary>
public static class SiteFiles
{
    /// <summary>The largest content, config or theme file the build reads: 16 MiB (the largest archived text is a few hundred KB).</summary>
    public const int MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The regular files under <paramref name="folder"/> (a path relative to the site folder, '/'-separated), as
    /// relative paths in ordinal order; names starting with '.' are skipped. Links and special files are
    /// reported and left out. Empty when the folder does not exist.
    /// </summary>
    public static IReadOnlyList<string> List(string siteDirectory, string folder, bool recursive, DiagnosticBag diagnostics)
    {
        var found = new List<string>();
        if (!IsRealFolder(siteDirectory, folder, diagnostics))
        {
            return found;
        }
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(Path.Combine(siteDirectory, current)).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(SourceLocation.FileStart(current), DiagnosticCodes.UnreadableFile, e.Message);
                continue;
            }
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.'))
                {
                    continue;
                }
                var relative = current + "/" + name;
                switch (FileKinds.Of(entry))
                {
                    case FileKind.RegularFile:
                        found.Add(relative);
                        break;
                    case FileKind.Directory when recursive:
                        pending.Push(relative);
                        break;
                    case FileKind.Directory or FileKind.Missing:
                        break;
                    case var kind:
                        Refuse(relative, kind, diagnostics);
                        break;
                }
            }
        }
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>The bytes of a regular file of the site folder, or null after reporting why it is not read.</summary>
    /// <param name="fullPath">The file's full path; it must end with <paramref name="relativePath"/>, whose folders are checked too.</param>
    public static byte[]? Read(string fullPath, string relativePath, DiagnosticBag diagnostics)
    {
        var (root, checkedPath) = RootOf(fullPath, relativePath);
        var parts = checkedPath.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var partial = string.Join('/', parts[..(i + 1)]);
            var kind = FileKinds.Of(Path.Combine(root, partial));
            var last = i == parts.Length - 1;
            if (kind is FileKind.SymbolicLink or FileKind.Special || (last && kind == FileKind.Directory) || (!last && kind == FileKind.RegularFile))
            {
                Refuse(partial, kind, diagnostics);
                return null;
            }
        }
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            // Read at most one byte past the limit, whatever the file claims its length is.
            var buffer = new byte[(int)Math.Min(stream.Length, MaxFileBytes) + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }
            if (total > MaxFileBytes || stream.Length > MaxFileBytes)
            {
                diagnostics.Error(SourceLocation.FileStart(relativePath), DiagnosticCodes.FileTooLarge,
                    $"the file is larger than {MaxFileBytes / (1024 * 1024)} MiB, the limit for a content, config or theme file");
                return null;
            }
            return buffer.AsSpan(0, total).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.FileStart(relativePath), DiagnosticCodes.UnreadableFile, e.Message);
            return null;
        }
    }

    /// <summary>True when the folder exists and neither it nor a folder above it (inside the site) is a link.</summary>
    private static bool IsRealFolder(string siteDirectory, string folder, DiagnosticBag diagnostics)
    {
        var parts = folder.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var partial = string.Join('/', parts[..(i + 1)]);
            switch (FileKinds.Of(Path.Combine(siteDirectory, partial)))
            {
                case FileKind.Directory:
                    continue;
                case FileKind.Missing:
                    return false;
                case var kind:
                    Refuse(partial, kind, diagnostics);
                    return false;
            }
        }
        return true;
    }

    private static void Refuse(string relative, FileKind kind, DiagnosticBag diagnostics) =>
        diagnostics.Error(SourceLocation.FileStart(relative), kind switch
        {
            FileKind.SymbolicLink or FileKind.Special => DiagnosticCodes.NotARegularFile,
            _ => DiagnosticCodes.UnreadableFile,
        }, kind switch
        {
            FileKind.SymbolicLink => $"'{relative}' is a symbolic link; the build reads nothing through links (they could reach outside the site folder): put the file itself here",
            FileKind.Special => $"'{relative}' is not a regular file (a FIFO, socket or device); the build reads only regular files",
            FileKind.Directory => $"'{relative}' is a folder, not a file",
            _ => $"'{relative}' is a file where a folder was expected",
        });

    /// <summary>The site folder and the path below it to check; only the file itself when the two paths do not line up.</summary>
    private static (string Root, string Checked) RootOf(string fullPath, string relativePath)
    {
        var normalized = fullPath.Replace('\\', '/');
        return normalized.EndsWith("/" + relativePath, StringComparison.Ordinal)
            ? (fullPath[..(fullPath.Length - relativePath.Length - 1)], relativePath)
            : (Path.GetDirectoryName(fullPath) ?? ".", Path.GetFileName(fullPath));
    }
}
