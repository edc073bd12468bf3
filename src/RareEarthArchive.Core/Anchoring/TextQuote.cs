namespace RareEarthArchive.Core.Anchoring;

/// <summary>
/// A W3C TextQuoteSelector as a contributor writes it: the quoted text and, optionally, the text
/// just before and just after it, used only to pick one of several matches.
/// </summary>
public sealed record TextQuote(string Exact, string? Prefix = null, string? Suffix = null);
