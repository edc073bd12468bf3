namespace RareEarthArchive.Core.Anchoring;

/// <summary>
/// Widens a window of reader text to whole words, so a hint never starts or ends mid-word.
/// </summary>
internal static class WordWindow
{
    // How far to reach for a word boundary; past this the word is really a run of unspaced
    // script (or a URL), and cutting it is better than showing a whole paragraph.
    private const int MaxStretch = 24;

    public static (int Start, int End) Align(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);

        var left = start;
        while (left > 0 && left > start - MaxStretch && !IsBoundary(text, left))
        {
            left--;
        }

        if (IsBoundary(text, left))
        {
            start = left;
        }

        var right = end;
        while (right < text.Length && right < end + MaxStretch && !IsBoundary(text, right))
        {
            right++;
        }

        if (IsBoundary(text, right))
        {
            end = right;
        }

        while (start < end && text[start] == ' ')
        {
            start++;
        }

        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        // Never split a surrogate pair.
        if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end > 0 && end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Between two characters that are not both letters of one spaced word.</summary>
    private static bool IsBoundary(string text, int position) =>
        position == 0
        || position == text.Length
        || text[position - 1] == ' '
        || text[position] == ' '
        || (ReaderTextRules.IsUnspacedScript(text[position - 1]) && !char.IsLowSurrogate(text[position]))
        || (ReaderTextRules.IsUnspacedScript(text[position]) && !char.IsLowSurrogate(text[position]));
}
