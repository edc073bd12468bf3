using System.Collections.Frozen;
using RareEarthArchive.Site.Outputs;

namespace RareEarthArchive.Cli.Preview;

/// <summary>
/// A build kept in memory. Nothing outside the build's own file list can be reached: a lookup key is never
/// combined with a file-system path.
/// </summary>
internal sealed class MemorySiteFiles(IReadOnlyList<OutputFile> files) : ISiteFiles
{
    private readonly FrozenDictionary<string, byte[]> _files = files.ToFrozenDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);

    private readonly FrozenSet<string> _folders = files
        .SelectMany(f => Folders(f.Path))
        .ToFrozenSet(StringComparer.Ordinal);

    public byte[]? Read(string path) => _files.GetValueOrDefault(path);

    public bool IsDirectory(string path) => path.Length == 0 || _folders.Contains(path);

    private static IEnumerable<string> Folders(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }
}
