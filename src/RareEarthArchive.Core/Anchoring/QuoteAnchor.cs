namespace RareEarthArchive.Core.Anchoring;

/// <summary>
/// Anchors a <see cref="TextQuote"/> in a <see cref="ReaderText"/>: the quote must match exactly
/// once. See README.md in this folder for the rules, which the contributor guide quotes.
/// </summary>
public static class QuoteAnchor
{
    // Enough occurrences to report an ambiguity and to pick the nearest context; a quote that
    // matches more often than this is a word, not a quote.
    private const int MaxOccurrences = 10_000;

    // How many occurrences of a quote whose context failed are compared for the hint.
    private const int MaxScored = 1_000;

    /// <summary>
    /// Finds <paramref name="quote"/> in <paramref name="text"/>. White space in the quote is
    /// folded like the text's, typographic quotation marks equal their ASCII forms, and the
    /// comparison is otherwise ordinal (case and accents count).
    /// </summary>
    /// <param name="suggest">
    /// Whether a quote that is not found gets its closest passage. That search costs O(64 × text) per quote, so
    /// the validator asks it only for the first misses of a file (see <c>ArchiveValidator.MaxSuggestions</c>);
    /// without it a <see cref="NotFound"/> has an empty passage, and the cost of a miss is one ordinal search.
    /// </param>
    public static AnchorResult Find(ReaderText text, TextQuote quote, bool suggest = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(text.Text, text.MatchText, quote, suggest);
    }

    /// <summary>The same rules over any already-folded reader text.</summary>
    internal static AnchorResult Find(string readerText, TextQuote quote) =>
        Find(readerText, QuoteCharacters.ToAscii(readerText), quote, suggest: true);

    private static AnchorResult Find(string readerText, string haystack, TextQuote quote, bool suggest)
    {
        ArgumentNullException.ThrowIfNull(readerText);
        ArgumentNullException.ThrowIfNull(quote);
        var exact = Normalize(quote.Exact);
        if (exact.Length == 0)
        {
            // Nothing to look for; the validator reports an empty quote before it gets here.
            return new NotFound(string.Empty, 0);
        }

        var prefix = Normalize(quote.Prefix);
        var suffix = Normalize(quote.Suffix);

        var occurrences = new List<int>();
        var matches = new List<int>();
        for (var at = haystack.IndexOf(exact, StringComparison.Ordinal);
             at >= 0 && occurrences.Count < MaxOccurrences;
             at = at + 1 < haystack.Length ? haystack.IndexOf(exact, at + 1, StringComparison.Ordinal) : -1)
        {
            occurrences.Add(at);
            if (PrefixMatches(haystack, at, prefix) && SuffixMatches(haystack, at + exact.Length, suffix))
            {
                matches.Add(at);
            }
        }

        return matches.Count switch
        {
            1 => new Anchored(matches[0], exact.Length),
            > 1 => new Ambiguous(matches.Count, matches),
            _ when !suggest => new NotFound(string.Empty, occurrences.Count > 0 ? occurrences[0] : 0, occurrences.Count),
            _ when occurrences.Count > 0 => NearestContext(readerText, haystack, occurrences, exact.Length, prefix, suffix),
            _ => Closest(readerText, haystack, exact),
        };
    }

    /// <summary>Folds white space (and trims), then maps quotation marks to ASCII.</summary>
    internal static string Normalize(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty : QuoteCharacters.ToAscii(ReaderTextRules.Fold(value));

    /// <summary>
    /// The prefix must end right where the quote starts, or one space before it: prefix and
    /// suffix are trimmed, so "note that" and "note that " both match "…note that India…", and
    /// in text without spaces (Chinese) the prefix can touch the quote.
    /// </summary>
    private static bool PrefixMatches(string haystack, int start, string prefix)
    {
        if (prefix.Length == 0)
        {
            return true;
        }

        var before = haystack.AsSpan(0, start);
        return before.EndsWith(prefix, StringComparison.Ordinal)
            || (start > 0 && haystack[start - 1] == ' ' && before[..^1].EndsWith(prefix, StringComparison.Ordinal));
    }

    private static bool SuffixMatches(string haystack, int end, string suffix)
    {
        if (suffix.Length == 0)
        {
            return true;
        }

        var after = haystack.AsSpan(end);
        return after.StartsWith(suffix, StringComparison.Ordinal)
            || (end < haystack.Length && haystack[end] == ' ' && after[1..].StartsWith(suffix, StringComparison.Ordinal));
    }

    /// <summary>
    /// The quote is there but its prefix or suffix is not: show the occurrence whose
    /// surroundings differ least from them (edit distance), with those surroundings.
    /// </summary>
    private static NotFound NearestContext(string readerText, string haystack, List<int> occurrences, int length, string prefix, string suffix)
    {
        // Only the context nearest the quote is compared, and only for the first occurrences,
        // so a long prefix on a common word cannot make this quadratic.
        var near = prefix.AsSpan(Math.Max(0, prefix.Length - ClosestPassage.Probe));
        var next = suffix.AsSpan(0, Math.Min(suffix.Length, ClosestPassage.Probe));
        var best = occurrences[0];
        var bestDistance = int.MaxValue;
        foreach (var at in occurrences.Take(MaxScored))
        {
            var distance = 0;
            if (near.Length > 0)
            {
                var from = Math.Max(0, at - near.Length - 1);
                distance += EditDistance.Substring(near, haystack.AsSpan(from, at - from));
            }

            if (next.Length > 0)
            {
                var end = at + length;
                var to = Math.Min(haystack.Length, end + next.Length + 1);
                distance += EditDistance.Substring(next, haystack.AsSpan(end, to - end));
            }

            if (distance < bestDistance)
            {
                (best, bestDistance) = (at, distance);
            }
        }

        var start = prefix.Length > 0 ? Math.Max(0, best - prefix.Length - 1) : best;
        var stop = suffix.Length > 0 ? Math.Min(readerText.Length, best + length + suffix.Length + 1) : best + length;
        var (passageStart, passageEnd) = WordWindow.Align(readerText, start, stop);
        return new NotFound(readerText[passageStart..passageEnd], passageStart, occurrences.Count);
    }

    private static NotFound Closest(string readerText, string haystack, string exact)
    {
        var (start, end) = ClosestPassage.Find(haystack, exact);
        var (passageStart, passageEnd) = WordWindow.Align(readerText, start, end);
        return new NotFound(readerText[passageStart..passageEnd], passageStart);
    }
}
