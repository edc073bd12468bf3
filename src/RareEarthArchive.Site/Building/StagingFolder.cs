using System.Runtime.InteropServices;

namespace RareEarthArchive.Site.Building;

/// <summary>
/// The folder a build writes into, beside the output, swapped in by <see cref="Commit"/> only when complete.
/// A file whose bytes equal the previous output's is not written again: the staging folder gets a hard link
/// to the previous file, so it keeps its inode and modification time (a deployment or rsync sees it
/// unchanged) and the build does no write for it. The comparison is of the bytes themselves (only when the
/// lengths are equal): hashing the new bytes would cost as much as comparing them, and a stored hash would
/// have to be trusted.
/// </summary>
public sealed partial class StagingFolder : IDisposable
{
    private readonly string _output;
    private readonly string _previous;
    private bool _committed;
    private int _unchanged;
    private int _written;

    internal StagingFolder(string output)
    {
        _output = output;
        var parent = Path.GetDirectoryName(output)!;
        Folder = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        _previous = Directory.Exists(output) ? output : "";
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>Files linked from the previous output because their bytes did not change.</summary>
    public int Unchanged => _unchanged;

    /// <summary>Files written because they are new or changed.</summary>
    public int Written => _written;

    /// <summary>Adds one file (relative path with '/' separators). Safe to call from several threads for different paths.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        var target = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (_previous.Length > 0 && SameBytes(Path.Combine(_previous, relativePath), content) is { } previous && TryLink(previous, target))
        {
            Interlocked.Increment(ref _unchanged);
            return;
        }
        using (var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
        {
            file.Write(content);
        }
        Interlocked.Increment(ref _written);
    }

    /// <summary>
    /// Swaps the staging folder in: the previous output is moved aside first and removed only after the swap.
    /// Each way this can fail says what it left, because "the previous output was left as it was" is only true
    /// before the first move.
    /// </summary>
    /// <returns>Null, or a warning when the output was replaced but the previous one could not be removed.</returns>
    /// <exception cref="IOException">The swap failed; the message says what the output folder holds now.</exception>
    public string? Commit()
    {
        File.WriteAllText(Path.Combine(Folder, OutputFolder.MarkerFile), "Made by rea build; the whole folder is replaced on every build.\n");
        if (!Directory.Exists(_output))
        {
            Directory.Move(Folder, _output);
            _committed = true;
            return null;
        }
        var old = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.old-{Guid.NewGuid():N}");
        try
        {
            Directory.Move(_output, old);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"the previous output cannot be moved aside ({e.Message}); nothing was replaced: the previous output is as it was", e);
        }
        try
        {
            Directory.Move(Folder, _output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException(TryMove(old, _output)
                ? $"the new output cannot be moved into place ({e.Message}); the previous output was put back as it was"
                : $"the new output cannot be moved into place ({e.Message}), and the previous output could not be put back: it is at {old}", e);
        }
        _committed = true;
        try
        {
            // Only names go: the files the new output links to stay.
            Directory.Delete(old, recursive: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The new output is in place; only the cleanup failed, and the message says so.
            return $"the output was replaced, but the previous output cannot be removed ({e.Message}); it is left hidden at {old}: delete it by hand";
        }
    }

    private static bool TryMove(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Removes an uncommitted staging folder; a leftover is harmless (hidden, never published).</summary>
    public void Dispose()
    {
        if (_committed)
        {
            return;
        }
        try
        {
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The previous file's path when it holds exactly these bytes; null when it is missing or differs.</summary>
    private static string? SameBytes(string previous, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(previous);
        if (!info.Exists || info.Length != content.Length || info.LinkTarget is not null)
        {
            return null;
        }
        using var file = new FileStream(previous, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        Span<byte> buffer = stackalloc byte[16 * 1024];
        var offset = 0;
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            if (offset + read > content.Length || !buffer[..read].SequenceEqual(content.Slice(offset, read)))
            {
                return null;
            }
            offset += read;
        }
        return offset == content.Length ? previous : null;
    }

    /// <summary>A hard link on Unix; elsewhere (or when linking fails, as across file systems) false, and the file is written.</summary>
    private static bool TryLink(string existing, string link) =>
        !OperatingSystem.IsWindows() && Link(existing, link) == 0;

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);
}
