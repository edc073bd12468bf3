namespace RareEarthArchive.Core.Anchoring;

/// <summary>
/// What <see cref="QuoteAnchor.Find"/> found. A closed set: <see cref="Anchored"/>,
/// <see cref="NotFound"/> or <see cref="Ambiguous"/>; the private constructor keeps it closed.
/// </summary>
public abstract record AnchorResult
{
    private protected AnchorResult()
    {
    }
}

/// <summary>The quote matches exactly once, at <paramref name="Start"/> in the reader text.</summary>
public sealed record Anchored(int Start, int Length) : AnchorResult;

/// <summary>
/// The quote matches nowhere. <paramref name="ClosestPassage"/> is the passage of the text most
/// like it (whole words, starting at <paramref name="ClosestStart"/>), for the error message.
/// <paramref name="MatchesIgnoringContext"/> counts the places where the quote itself matches
/// but the prefix or suffix does not; when it is above zero the passage shows the nearest such
/// place with its surroundings, so the contributor can see which part of the context is wrong.
/// </summary>
public sealed record NotFound(string ClosestPassage, int ClosestStart, int MatchesIgnoringContext = 0) : AnchorResult;

/// <summary>
/// The quote (with its prefix and suffix) matches <paramref name="Count"/> times, at
/// <paramref name="Starts"/>, in text order.
/// </summary>
public sealed record Ambiguous(int Count, IReadOnlyList<int> Starts) : AnchorResult;
