using System.Globalization;
using System.Text;

namespace RareEarthArchive.Core.Diagnostics;

/// <summary>
/// Makes untrusted text safe to print on one terminal line. A file name or YAML value can hold a newline (a
/// forged diagnostic line, or a GitHub workflow command at the start of a line), ESC (terminal escape
/// sequences: retitle, clear, hide text), BEL, or a bidirectional override that reorders what is shown. Each
/// such character is written as a visible <c>\uXXXX</c>, so the reader sees what is there and the terminal
/// interprets nothing.
/// </summary>
public static class ControlText
{
    public static string Escape(string text) => Escape(text, keepLineBreaks: false);

    /// <param name="keepLineBreaks">Leave CR and LF for a later escaping that handles them (GitHub's workflow commands).</param>
    public static string Escape(string text, bool keepLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfUnsafe(text, keepLineBreaks);
        if (first < 0)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c) && !(keepLineBreaks && c is '\r' or '\n'))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }
        return escaped.ToString();
    }

    /// <summary>C0 and C1 controls and DEL, the line and paragraph separators, and the bidirectional embeddings, overrides and isolates.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static int IndexOfUnsafe(string text, bool keepLineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]) && !(keepLineBreaks && text[i] is '\r' or '\n'))
            {
                return i;
            }
        }
        return -1;
    }
}
