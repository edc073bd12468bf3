namespace RareEarthArchive.Core.Anchoring;

/// <summary>
/// Turns text pasted from a page into a selector that anchors: the passage as the reader text has it, and for
/// each place it occurs the shortest prefix and/or suffix (whole words of the surrounding text) that picks that
/// place alone. Every candidate is checked with <see cref="QuoteAnchor.Find(ReaderText, TextQuote)"/>, the same
/// code the checker runs, so what <c>rea quote</c> prints is what anchors. The command only reads its arguments
/// and prints the result.
/// </summary>
public static class QuoteFinder
{
    /// <summary>How many words of context to try on each side before giving up on an occurrence.</summary>
    public const int MaxContextWords = 20;

    /// <summary>Occurrences offered when a short text occurs very often; a longer quote is the better answer then.</summary>
    public const int MaxOptions = 20;

    /// <summary>Finds <paramref name="pasted"/> in a reader text; lines are the text's own.</summary>
    public static QuoteLookup Find(ReaderText text, string pasted)
    {
        switch (QuoteAnchor.Find(text, new TextQuote(pasted)))
        {
            case Anchored anchored:
                return new QuoteFound([Option(text, anchored.Start, anchored.Length, new TextQuote(Slice(text, anchored.Start, anchored.Length)))]);
            case Ambiguous ambiguous:
                // Quote marks map one to one, so the folded pasted text is as long as the passage it matched.
                var length = ReaderTextRules.Fold(pasted).Length;
                var exact = Slice(text, ambiguous.Starts[0], length);
                var options = ambiguous.Starts.Take(MaxOptions)
                    .Select(start => Narrow(text, start, length, exact))
                    .ToList();
                return new QuoteFound(options, ambiguous.Count);
            case NotFound notFound:
                return new QuoteMissing(notFound.ClosestPassage);
            default:
                throw new InvalidOperationException("unknown anchoring result");
        }
    }

    /// <summary>
    /// The shortest context (fewest characters; a suffix alone before a prefix alone) that anchors at
    /// <paramref name="start"/>. Candidates are cheap to list and costly to check, so they are checked in order
    /// of length and the first that anchors wins.
    /// </summary>
    private static QuoteOption Narrow(ReaderText text, int start, int length, string exact)
    {
        var candidates = new List<(int Cost, int Sides, TextQuote Quote)>();
        var seen = new HashSet<(string, string)>();
        for (var before = 0; before <= MaxContextWords; before++)
        {
            var prefix = Words(text, start, length, before).Before;
            for (var after = 0; after <= MaxContextWords; after++)
            {
                var suffix = Words(text, start, length, after).After;
                // More words that add no text (the start or end of the text) give the same candidate.
                if ((prefix.Length == 0 && suffix.Length == 0) || !seen.Add((prefix, suffix)))
                {
                    continue;
                }
                var sides = (prefix.Length > 0 ? 2 : 0) + (suffix.Length > 0 ? 1 : 0);
                candidates.Add((prefix.Length + suffix.Length, sides, new TextQuote(exact, prefix.Length > 0 ? prefix : null, suffix.Length > 0 ? suffix : null)));
            }
        }
        foreach (var (_, _, candidate) in candidates.OrderBy(c => c.Cost).ThenBy(c => c.Sides))
        {
            if (QuoteAnchor.Find(text, candidate) is Anchored found && found.Start == start)
            {
                return Option(text, start, length, candidate);
            }
        }
        // Twenty words either side that still match elsewhere: the passage is repeated wholesale; show it anyway.
        return Option(text, start, length, new TextQuote(exact), anchors: false);
    }

    private static (string Before, string After) Words(ReaderText text, int start, int length, int words)
    {
        var (before, after) = text.Context(start, length, words);
        return (before.Trim(), after.Trim());
    }

    private static QuoteOption Option(ReaderText text, int start, int length, TextQuote quote, bool anchors = true)
    {
        var (before, after) = text.Context(start, length, 6);
        return new QuoteOption(quote, text.LineOf(start), before.TrimStart(), after.TrimEnd(), anchors);
    }

    private static string Slice(ReaderText text, int start, int length) => text.Text.Substring(start, length);
}
