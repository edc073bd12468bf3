namespace RareEarthArchive.Core.Anchoring;

/// <summary>What <see cref="QuoteFinder"/> found: a closed set of <see cref="QuoteFound"/> and <see cref="QuoteMissing"/>.</summary>
public abstract record QuoteLookup;

/// <summary>One option per place the text occurs (one when it is unique); <paramref name="Total"/> places in all.</summary>
public sealed record QuoteFound(IReadOnlyList<QuoteOption> Options, int Total = 1) : QuoteLookup;

/// <summary>No match; the passage of the text most like it.</summary>
public sealed record QuoteMissing(string ClosestPassage) : QuoteLookup;

/// <summary>
/// A selector for one occurrence, the line it is on (of the source file when looked up in a source, of the text from
/// <see cref="QuoteFinder.Find"/>) and a few words around it to recognise it by; <paramref name="Anchors"/> is false when no
/// context of up to <see cref="QuoteFinder.MaxContextWords"/> words picks this place alone.
/// </summary>
public sealed record QuoteOption(TextQuote Quote, int Line, string Before, string After, bool Anchors);
