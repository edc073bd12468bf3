namespace RareEarthArchive.Search.Sharding;

/// <summary>
/// One term range of a lunr index: the terms from <see cref="FirstTerm"/> to <see cref="LastTerm"/> (UTF-16 ordinal
/// order, both included) with their postings, and every field vector's elements for those terms.
/// <see cref="Json"/> is <c>{"terms":[[term,posting]…],"vectors":[[fieldRef,[termIndex,score…]]…]}</c>: postings
/// exactly as in <c>JSON.stringify(idx)</c>, vectors in the index's order, each slice ascending by term index.
/// </summary>
public sealed record LunrShard(string FirstTerm, string LastTerm, int TermCount, string Json);
