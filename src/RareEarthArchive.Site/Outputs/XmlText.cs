using System.Text;
using RareEarthArchive.Site.Templating;

namespace RareEarthArchive.Site.Outputs;

/// <summary>
/// Text for an XML 1.0 document (the feed, the sitemap): escaped like HTML, and without the characters XML 1.0
/// cannot carry at all, not even as a character reference (C0 controls other than tab, LF and CR, lone
/// surrogates, U+FFFE and U+FFFF). A YAML value can hold any of them ("\e", "\0"); one of them makes the
/// whole feed not well-formed, so a feed reader drops every entry.
/// </summary>
internal static class XmlText
{
    public static string Escape(string text)
    {
        var escaped = Html.Escape(text);
        var first = FirstInvalid(escaped);
        if (first < 0)
        {
            return escaped;
        }
        var kept = new StringBuilder(escaped.Length).Append(escaped, 0, first);
        for (var i = first; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (char.IsHighSurrogate(c) && i + 1 < escaped.Length && char.IsLowSurrogate(escaped[i + 1]))
            {
                kept.Append(c).Append(escaped[++i]);
            }
            else if (IsAllowed(c))
            {
                kept.Append(c);
            }
        }
        return kept.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(c))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>XML 1.0's Char production, for a character that is not half of a valid surrogate pair.</summary>
    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' or (>= ' ' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
