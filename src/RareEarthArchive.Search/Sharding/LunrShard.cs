namespace RareEarthArchive.Search.Sharding;

/// <summary>
/// One term range of a lunr index: the terms from <see cref="FirstTerm"/> to <see cref="LastTerm"/> (UTF-16 ordinal
/// order, both included) with their postings and their elements of every field vector, in the compact form of
/// <see cref="CompactPostings"/>. <see cref="Utf8Json"/> is <c>{"t":[[term,termIndex,field…]…]}</c>, UTF-8.
/// </summary>
public sealed record LunrShard(string FirstTerm, string LastTerm, int TermCount, byte[] Utf8Json);
