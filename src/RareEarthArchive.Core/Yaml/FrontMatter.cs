namespace RareEarthArchive.Core.Yaml;

/// <summary>A file split into its YAML front matter and the text after it.</summary>
/// <param name="Yaml">The lines between the two <c>---</c> lines.</param>
/// <param name="YamlFirstLine">The file line (1-based) of the first YAML line.</param>
/// <param name="Body">Everything after the closing <c>---</c> line.</param>
/// <param name="BodyFirstLine">The file line (1-based) where the body starts.</param>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>Splits a file whose first line is <c>---</c>; null when there is no closed front matter block.</summary>
    public static FrontMatter? Split(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || !IsFence(lines[0]))
        {
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (IsFence(lines[i]))
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }
        return null;
    }

    private static bool IsFence(string line) => line.TrimEnd() is "---";
}
