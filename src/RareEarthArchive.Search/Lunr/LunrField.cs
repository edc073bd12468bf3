namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// An indexed field and its boost (lunr's <c>builder.field(name, {boost})</c>). A null, 0 or NaN
/// boost acts as 1, because lunr computes <c>boost || 1</c>.
/// </summary>
public sealed record LunrField(string Name, double? Boost = null);
