namespace RareEarthArchive.Core.Anchoring;

/// <summary>
/// Finds the passage of a text most like a quote that does not match, for the error message.
/// </summary>
/// <remarks>
/// Sellers' approximate matching costs O(quote × text). To keep a long quote against a 100 KB
/// text fast, only its first and last <see cref="Probe"/> characters are matched; the better
/// of the two places the window, which then gets the quote's length. A quote that is wrong
/// throughout has no good answer anyway.
/// </remarks>
internal static class ClosestPassage
{
    public const int Probe = 64;

    /// <summary>The start and end of the passage in <paramref name="text"/> nearest to <paramref name="quote"/>.</summary>
    public static (int Start, int End) Find(string text, string quote)
    {
        if (text.Length == 0)
        {
            return (0, 0);
        }

        if (quote.Length <= Probe)
        {
            var (distance, end) = EditDistance.BestEnd(quote, text);
            var start = EditDistance.BestStart(quote, text, end, distance);
            return (start, end);
        }

        var head = quote.AsSpan(0, Probe);
        var tail = quote.AsSpan(quote.Length - Probe);
        var (headDistance, headEnd) = EditDistance.BestEnd(head, text);
        var (tailDistance, tailEnd) = EditDistance.BestEnd(tail, text);
        if (headDistance <= tailDistance)
        {
            var start = EditDistance.BestStart(head, text, headEnd, headDistance);
            return (start, Math.Min(text.Length, start + quote.Length));
        }

        var tailStart = EditDistance.BestStart(tail, text, tailEnd, tailDistance);
        var stop = Math.Min(text.Length, tailStart + Probe);
        return (Math.Max(0, stop - quote.Length), stop);
    }
}
