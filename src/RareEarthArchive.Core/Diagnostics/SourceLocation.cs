namespace RareEarthArchive.Core.Diagnostics;

/// <summary>A place in a file of the site: path relative to the site folder, 1-based line and column.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location that names a file but no position in it (line and column 1).</summary>
    public static SourceLocation FileStart(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}({Line},{Column})";
}
