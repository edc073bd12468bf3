using System.Text;

namespace RareEarthArchive.Core.Anchoring;

/// <summary>
/// The character rules shared by <see cref="ReaderText"/> and the quote anchoring, kept in one
/// place so that the text and the quotes matched against it are folded the same way.
/// </summary>
internal static class ReaderTextRules
{
    /// <summary>
    /// White space a reader cannot tell apart from a plain space: every Unicode White_Space
    /// character (tabs, newlines, no-break and ideographic spaces…). A run of them becomes one
    /// space.
    /// </summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>
    /// Invisible characters that web pages scatter through text (zero-width space, word joiner,
    /// soft hyphen, a stray byte-order mark). A reader does not see them and a contributor does
    /// not type them, so they are dropped from both the text and the quote. The zero-width
    /// joiner and non-joiner are kept: they change how emoji and some scripts are drawn.
    /// </summary>
    public static bool IsIgnorable(char c) => c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>
    /// A character of a script written without spaces between words; each one counts as a word
    /// of its own when context is cut to whole words.
    /// </summary>
    public static bool IsUnspacedScript(char c) =>
        c is (>= '\u3040' and <= '\u30FF')      // Hiragana, Katakana
            or (>= '\u3000' and <= '\u303F')    // CJK punctuation
            or (>= '\u3400' and <= '\u4DBF')    // CJK extension A
            or (>= '\u4E00' and <= '\u9FFF')    // CJK unified ideographs
            or (>= '\uF900' and <= '\uFAFF')    // CJK compatibility ideographs
            or (>= '\uFF00' and <= '\uFFEF')    // full-width forms
            || char.IsSurrogate(c);             // supplementary ideographs (and emoji: harmless)

    /// <summary>
    /// Folds white space runs to one space, drops ignorable characters and trims; the same rule
    /// <see cref="ReaderText"/> applies to a rendered body, for strings that never were Markdown.
    /// </summary>
    public static string Fold(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (IsIgnorable(c))
            {
                continue;
            }

            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
