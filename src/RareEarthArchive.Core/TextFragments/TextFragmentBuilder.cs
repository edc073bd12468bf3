namespace RareEarthArchive.Core.TextFragments;

/// <summary>
/// Finds a text directive that lands on one passage of an archived text and nowhere else. Candidates go from the
/// shortest form up: the passage itself, then with a prefix and/or suffix of one to four words; a passage longer
/// than <see cref="MaxExactLength"/> characters, or one that spans blocks, uses the <c>start,end</c> form with
/// one to six words at each end. A candidate is accepted only when, under the spec's matching rules, it matches
/// exactly the passage and nothing else, even with every undecidable word boundary read both ways; when none
/// is, there is no link (a browser would otherwise land somewhere else, or silently at the top).
/// </summary>
public static class TextFragmentBuilder
{
    /// <summary>Longer passages are linked by their first and last words, which keeps URLs short.</summary>
    public const int MaxExactLength = 80;

    private const int MaxContextWords = 4;
    private const int MaxRangeWords = 6;

    /// <summary>The directive for the passage at <paramref name="start"/> (text index) of <paramref name="length"/> characters, or null.</summary>
    public static TextDirective? Build(FragmentText text, int start, int length)
    {
        var end = start + length;
        if (length <= 0 || end > text.Text.Length)
        {
            return null;
        }
        var passage = text.Text[start..end];
        var spansBlocks = passage.Contains('\n');
        var prefixes = Prefixes(text.Text, start).ToList();
        var suffixes = Suffixes(text.Text, end).ToList();
        foreach (var (termStart, termEnd) in Terms(text.Text, start, end, exact: !spansBlocks && length <= MaxExactLength))
        {
            foreach (var (prefix, suffix) in Contexts(prefixes, suffixes))
            {
                var candidate = new TextDirective(termStart, termEnd, prefix, suffix);
                if (LandsOnlyOn(text, candidate, start, end))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>True when <paramref name="directive"/> matches the range and nothing else, however undecidable boundaries fall.</summary>
    public static bool LandsOnlyOn(FragmentText text, TextDirective directive, int start, int end)
    {
        var anywhere = TextDirectiveMatcher.FindAll(text, directive, TextDirectiveMatcher.Mode.Lenient, limit: 2);
        return anywhere.Count == 1 && anywhere[0] == (start, end)
            && TextDirectiveMatcher.FindAll(text, directive, TextDirectiveMatcher.Mode.Strict).Contains((start, end));
    }

    private static IEnumerable<(string Start, string? End)> Terms(string text, int start, int end, bool exact)
    {
        if (exact)
        {
            yield return (text[start..end], null);
        }
        // Word ends after the start and word starts before the end, nearest first, each term inside its own block.
        var startTermEnds = WordEnds(text, start, end).Take(MaxRangeWords).ToList();
        var endTermStarts = WordStartsBackwards(text, end, start).Take(MaxRangeWords).ToList();
        for (var words = 1; words <= MaxRangeWords; words++)
        {
            if (words > startTermEnds.Count || words > endTermStarts.Count)
            {
                yield break;
            }
            var (first, last) = (startTermEnds[words - 1], endTermStarts[words - 1]);
            if (first >= last)
            {
                yield break;
            }
            if (text[start..first].Contains('\n') || text[last..end].Contains('\n'))
            {
                continue;
            }
            yield return (text[start..first], text[last..end]);
        }
    }

    private static IEnumerable<(string? Prefix, string? Suffix)> Contexts(List<string> prefixes, List<string> suffixes)
    {
        yield return (null, null);
        for (var words = 0; words < MaxContextWords; words++)
        {
            if (words < prefixes.Count)
            {
                yield return (prefixes[words], null);
            }
            if (words < suffixes.Count)
            {
                yield return (null, suffixes[words]);
            }
            if (words < prefixes.Count && words < suffixes.Count)
            {
                yield return (prefixes[words], suffixes[words]);
            }
        }
    }

    /// <summary>Prefixes of one, two … words ending where white space before the passage begins, within one block.</summary>
    private static IEnumerable<string> Prefixes(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        var blockStart = text.LastIndexOf('\n', Math.Max(0, end - 1)) + 1;
        if (end == 0)
        {
            yield break;
        }
        foreach (var wordStart in WordStartsBackwards(text, end, blockStart).Take(MaxContextWords))
        {
            yield return text[wordStart..end];
        }
    }

    /// <summary>Suffixes of one, two … words starting where white space after the passage ends, within one block.</summary>
    private static IEnumerable<string> Suffixes(string text, int end)
    {
        var start = end;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        var blockEnd = text.IndexOf('\n', start);
        blockEnd = blockEnd < 0 ? text.Length : blockEnd;
        foreach (var wordEnd in WordEnds(text, start, blockEnd).Take(MaxContextWords))
        {
            yield return text[start..wordEnd];
        }
    }

    /// <summary>
    /// Positions after <paramref name="from"/>, up to <paramref name="limit"/>, that certainly end a word: after a
    /// letter or digit, or before white space (so a term is never a lone punctuation mark).
    /// </summary>
    private static IEnumerable<int> WordEnds(string text, int from, int limit)
    {
        for (var i = from + 1; i <= limit; i++)
        {
            if (!char.IsWhiteSpace(text[i - 1]) && (char.IsLetterOrDigit(text[i - 1]) || i == text.Length || char.IsWhiteSpace(text[i]))
                && WordBoundary.At(text, i) is Boundary.Yes)
            {
                yield return i;
            }
        }
    }

    /// <summary>Positions before <paramref name="from"/>, down to <paramref name="limit"/>, that certainly start a word (at a letter or digit, or after white space), nearest first.</summary>
    private static IEnumerable<int> WordStartsBackwards(string text, int from, int limit)
    {
        for (var i = from - 1; i >= limit; i--)
        {
            if (!char.IsWhiteSpace(text[i]) && (char.IsLetterOrDigit(text[i]) || i == 0 || char.IsWhiteSpace(text[i - 1]))
                && WordBoundary.At(text, i) is Boundary.Yes)
            {
                yield return i;
            }
        }
    }
}
