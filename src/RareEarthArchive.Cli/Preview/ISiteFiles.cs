namespace RareEarthArchive.Cli.Preview;

/// <summary>One good build, as the preview server serves it: a site-relative path to its bytes.</summary>
internal interface ISiteFiles
{
    /// <summary>The bytes at a path already checked by <see cref="RequestPath"/>, or null when there is no such file.</summary>
    byte[]? Read(string path);

    bool IsDirectory(string path);
}
