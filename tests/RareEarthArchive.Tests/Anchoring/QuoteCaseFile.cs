namespace RareEarthArchive.Tests.Anchoring;

/// <summary>
/// One expectation from a <c>Cases/*.expected</c> file. The format is line based: <c>key: value</c>
/// lines, a blank line between quotes, <c>#</c> for comments. A value in double quotes keeps
/// its leading and trailing spaces. Keys: quote, prefix, suffix, expect
/// (<c>anchored</c> | <c>ambiguous N</c> | <c>not-found</c>), text (the reader text of the
/// anchored passage), line (the body line it starts on), closest (the closest passage).
/// </summary>
internal sealed record QuoteCase(int FileLine, IReadOnlyDictionary<string, string> Values)
{
    public string? this[string key] => Values.TryGetValue(key, out var value) ? value : null;

    public static IReadOnlyList<QuoteCase> Read(string path)
    {
        var cases = new List<QuoteCase>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var start = 0;
        var lines = File.ReadAllLines(path);
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i] : "";
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Trim().Length == 0)
            {
                if (values.Count > 0)
                {
                    cases.Add(new QuoteCase(start, values));
                    values = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new FormatException($"{path}({i + 1}): expected 'key: value'");
            }

            if (values.Count == 0)
            {
                start = i + 1;
            }

            var value = line[(colon + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            {
                value = value[1..^1];
            }

            values[line[..colon].Trim()] = value;
        }

        return cases;
    }
}
