namespace RareEarthArchive.Core.Markdown;

/// <summary>
/// Decides whether a link or image URL written by a contributor may reach an <c>href</c> or
/// <c>src</c>. An allow-list, not a block-list: a browser runs <c>javascript:</c>,
/// <c>vbscript:</c> and <c>data:</c> URLs, and the spellings that reach them are many (mixed
/// case, leading control characters, tabs inside the scheme), so only schemes known to be
/// harmless pass.
/// </summary>
public static class UrlSafety
{
    /// <summary>
    /// True for http, https and mailto URLs and for relative references (paths, <c>?query</c>,
    /// <c>#fragment</c>, <c>//host/path</c>); false for every other scheme.
    /// </summary>
    /// <remarks>
    /// Mirrors how the WHATWG URL parser finds a scheme: ASCII tab and newline are removed
    /// anywhere, C0 controls and spaces are trimmed from both ends, and then anything before the
    /// first <c>:</c> that comes ahead of any <c>/</c>, <c>?</c> or <c>#</c> is treated as a
    /// scheme. That is stricter than the parser (which would read <c>a b:c</c> as a relative
    /// path), which is the safe direction: a relative reference whose first segment has a colon
    /// must be written <c>./a:b</c> anyway (RFC 3986 §4.2).
    /// </remarks>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var cleaned = Clean(url);
        for (var i = 0; i < cleaned.Length; i++)
        {
            switch (cleaned[i])
            {
                case '/' or '?' or '#':
                    return true;
                case ':':
                    var scheme = cleaned.AsSpan(0, i);
                    return scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
                        || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
                        || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
            }
        }

        return true;
    }

    private static string Clean(string url)
    {
        var start = 0;
        var end = url.Length;
        while (start < end && url[start] <= ' ')
        {
            start++;
        }

        while (end > start && url[end - 1] <= ' ')
        {
            end--;
        }

        return string.Concat(url.AsSpan(start, end - start).ToString()
            .Where(static c => c is not ('\t' or '\n' or '\r')));
    }
}
