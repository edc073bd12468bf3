namespace RareEarthArchive.Core.TextFragments;

/// <summary>
/// The spec's "find a range from a text directive", run over a <see cref="FragmentText"/> instead of a DOM, and
/// continued past the first match so that every place a directive could land is known. Each term matches inside
/// one block; white space (block boundaries included) may stand between a context term and the match.
/// </summary>
/// <remarks>
/// Word boundaries the build cannot decide (<see cref="Boundary.Unknown"/>) are taken as boundaries in
/// <see cref="Mode.Lenient"/> (every place a browser might match) and as non-boundaries in
/// <see cref="Mode.Strict"/> (only places every browser matches).
/// </remarks>
public static class TextDirectiveMatcher
{
    public enum Mode
    {
        Strict,
        Lenient,
    }

    /// <summary>The ranges (start inclusive, end exclusive, text indexes) the directive matches, in text order, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<(int Start, int End)> FindAll(FragmentText text, TextDirective directive, Mode mode, int limit = int.MaxValue)
    {
        var results = new List<(int, int)>();
        var position = 0;
        var mustEndStart = directive.End is not null || directive.Suffix is null;
        while (position < text.Text.Length && results.Count < limit)
        {
            (int Start, int End)? match;
            if (directive.Prefix is not null)
            {
                if (Find(text, directive.Prefix, position, wordStart: true, wordEnd: false, mode) is not { } prefix)
                {
                    break;
                }
                position = prefix.Start + 1;
                var after = SkipWhiteSpace(text.Text, prefix.End);
                if (after >= text.Text.Length)
                {
                    break;
                }
                match = MatchAt(text, directive.Start, after, wordEnd: mustEndStart, mode);
                if (match is null)
                {
                    continue;
                }
            }
            else
            {
                match = Find(text, directive.Start, position, wordStart: true, wordEnd: mustEndStart, mode);
                if (match is null)
                {
                    break;
                }
                position = match.Value.Start + 1;
            }

            var (start, end) = match.Value;
            var endSearch = end;
            var noEndAnywhere = false;
            while (endSearch < text.Text.Length || directive.End is null)
            {
                if (directive.End is not null)
                {
                    if (Find(text, directive.End, endSearch, wordStart: true, wordEnd: directive.Suffix is null, mode) is not { } endMatch)
                    {
                        noEndAnywhere = true;
                        break;
                    }
                    end = endMatch.End;
                }
                if (directive.Suffix is null)
                {
                    results.Add((start, end));
                    break;
                }
                var suffixAt = SkipWhiteSpace(text.Text, end);
                if (suffixAt < text.Text.Length && MatchAt(text, directive.Suffix, suffixAt, wordEnd: true, mode) is not null)
                {
                    results.Add((start, end));
                    break;
                }
                if (directive.End is null)
                {
                    break;
                }
                endSearch = end;
            }
            if (noEndAnywhere)
            {
                // No end term after this start means none after any later start either (the spec returns null).
                break;
            }
        }
        return results;
    }

    /// <summary>The first match of <paramref name="query"/> at or after <paramref name="from"/> with the boundaries asked for.</summary>
    private static (int Start, int End)? Find(FragmentText text, string query, int from, bool wordStart, bool wordEnd, Mode mode)
    {
        var folded = FragmentText.Fold(query);
        if (folded.Length == 0)
        {
            return null;
        }
        var index = text.ToFolded(from);
        while ((index = text.Folded.IndexOf(folded, index, StringComparison.Ordinal)) >= 0)
        {
            if (Range(text, index, folded.Length) is { } range
                && (!wordStart || Accepts(WordBoundary.At(text.Text, range.Start), mode))
                && (!wordEnd || Accepts(WordBoundary.At(text.Text, range.End), mode)))
            {
                return range;
            }
            index++;
        }
        return null;
    }

    /// <summary>A match of <paramref name="query"/> starting exactly at <paramref name="at"/> (the start needs no boundary check: the context before it was checked).</summary>
    private static (int Start, int End)? MatchAt(FragmentText text, string query, int at, bool wordEnd, Mode mode)
    {
        var folded = FragmentText.Fold(query);
        var index = text.ToFolded(at);
        if (folded.Length == 0 || !text.Folded.AsSpan(index).StartsWith(folded, StringComparison.Ordinal))
        {
            return null;
        }
        return Range(text, index, folded.Length) is { } range && (!wordEnd || Accepts(WordBoundary.At(text.Text, range.End), mode)) ? range : null;
    }

    /// <summary>The text range of a folded match, or null when it would begin or end inside one character's folding.</summary>
    private static (int Start, int End)? Range(FragmentText text, int foldedStart, int foldedLength)
    {
        var start = text.ToText(foldedStart);
        var end = text.ToText(foldedStart + foldedLength);
        return text.ToFolded(start) == foldedStart && text.ToFolded(end) == foldedStart + foldedLength ? (start, end) : null;
    }

    private static int SkipWhiteSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        return index;
    }

    private static bool Accepts(Boundary boundary, Mode mode) => boundary is Boundary.Yes || (boundary is Boundary.Unknown && mode is Mode.Lenient);
}
