namespace RareEarthArchive.Core.Anchoring;

/// <summary>
/// Levenshtein distances for the "closest passage" hint. Case-insensitive (invariant, one
/// character at a time) because a quote that differs only in case is the passage the
/// contributor meant.
/// </summary>
internal static class EditDistance
{
    /// <summary>
    /// The fewest edits that turn <paramref name="pattern"/> into some substring of
    /// <paramref name="text"/> (Sellers' algorithm), and where the best such substring ends.
    /// O(pattern × text) time, O(pattern) memory; the earliest end wins a tie.
    /// </summary>
    public static (int Distance, int End) BestEnd(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        var m = pattern.Length;
        Span<int> column = m < 256 ? stackalloc int[m + 1] : new int[m + 1];
        for (var i = 0; i <= m; i++)
        {
            column[i] = i;
        }

        var bestDistance = m;
        var bestEnd = 0;
        for (var j = 0; j < text.Length; j++)
        {
            var t = char.ToLowerInvariant(text[j]);
            var diagonal = column[0]; // D[i-1][j-1]; row 0 stays 0: a match may start anywhere
            for (var i = 1; i <= m; i++)
            {
                var above = column[i]; // D[i][j-1]
                var cost = char.ToLowerInvariant(pattern[i - 1]) == t ? 0 : 1;
                column[i] = Math.Min(Math.Min(diagonal + cost, above + 1), column[i - 1] + 1);
                diagonal = above;
            }

            if (column[m] < bestDistance)
            {
                bestDistance = column[m];
                bestEnd = j + 1;
            }
        }

        return (bestDistance, bestEnd);
    }

    /// <summary>
    /// Where the best match that ends at <paramref name="end"/> starts: the same alignment run
    /// backwards, anchored at the end. Ties prefer a length closest to the pattern's.
    /// </summary>
    public static int BestStart(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, int end, int distance)
    {
        var m = pattern.Length;
        var width = Math.Min(end, m + distance);
        var previous = new int[width + 1];
        var current = new int[width + 1];
        for (var j = 0; j <= width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= m; i++)
        {
            current[0] = i;
            var p = char.ToLowerInvariant(pattern[m - i]);
            for (var j = 1; j <= width; j++)
            {
                var cost = char.ToLowerInvariant(text[end - j]) == p ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j - 1] + cost, previous[j] + 1), current[j - 1] + 1);
            }

            (previous, current) = (current, previous);
        }

        var bestLength = 0;
        var bestDistance = int.MaxValue;
        for (var j = 0; j <= width; j++)
        {
            if (previous[j] < bestDistance || (previous[j] == bestDistance && Math.Abs(j - m) < Math.Abs(bestLength - m)))
            {
                (bestDistance, bestLength) = (previous[j], j);
            }
        }

        return end - bestLength;
    }

    /// <summary>The fewest edits turning <paramref name="pattern"/> into a substring of <paramref name="text"/>.</summary>
    public static int Substring(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text) =>
        pattern.Length == 0 ? 0 : BestEnd(pattern, text).Distance;
}
