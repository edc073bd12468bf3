namespace RareEarthArchive.Site.Outputs;

/// <summary>One file of the built site: its path relative to the output folder ('/' separators) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public static OutputFile Text(string path, string text) => new(path, new System.Text.UTF8Encoding(false).GetBytes(text));
}
