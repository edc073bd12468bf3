using System.Text;
using RareEarthArchive.Core.Anchoring;

namespace RareEarthArchive.Cli.Commands;

/// <summary>
/// Turns text pasted from a page into a selector that anchors: the passage as the reader text has it, and for
/// each place it occurs the shortest prefix and/or suffix (whole words of the surrounding text) that picks that
/// place alone. Every candidate is checked with <see cref="QuoteAnchor.Find(ReaderText, TextQuote)"/>, the same
/// code the checker runs, so what is printed is what anchors.
/// </summary>
internal static class QuoteFinder
{
    /// <summary>How many words of context to try on each side before giving up on an occurrence.</summary>
    public const int MaxContextWords = 20;

    /// <summary>Occurrences offered when a short text occurs very often; a longer quote is the better answer then.</summary>
    public const int MaxOptions = 20;

    public static QuoteLookup Find(ReaderText text, string pasted)
    {
        switch (QuoteAnchor.Find(text, new TextQuote(pasted)))
        {
            case Anchored anchored:
                return new QuoteFound([Option(text, anchored.Start, anchored.Length, new TextQuote(Slice(text, anchored.Start, anchored.Length)))]);
            case Ambiguous ambiguous:
                var length = FoldedLength(pasted);
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

    /// <summary>
    /// The pasted text's length once folded like the reader text (runs of white space to one space, invisible
    /// characters dropped, trimmed): the rule of ReaderTextRules.Fold, which the Core assembly keeps internal.
    /// Quote marks map one to one, so they do not change the length.
    /// </summary>
    private static int FoldedLength(string value)
    {
        var folded = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }
            folded.Append(c);
        }
        return folded.Length;
    }
}

/// <summary>What <see cref="QuoteFinder"/> found: a closed set of <see cref="QuoteFound"/> and <see cref="QuoteMissing"/>.</summary>
internal abstract record QuoteLookup;

/// <summary>One option per place the text occurs (one when it is unique); <paramref name="Total"/> places in all.</summary>
internal sealed record QuoteFound(IReadOnlyList<QuoteOption> Options, int Total = 1) : QuoteLookup;

/// <summary>No match; the passage of the text most like it.</summary>
internal sealed record QuoteMissing(string ClosestPassage) : QuoteLookup;

/// <summary>A selector for one occurrence, the body line it is on and a few words around it to recognise it by.</summary>
internal sealed record QuoteOption(TextQuote Quote, int Line, string Before, string After, bool Anchors);
