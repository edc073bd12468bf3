using System.Collections.Immutable;
using RareEarthArchive.Core.Diagnostics;

namespace RareEarthArchive.Core.Model;

/// <summary>One canonical claim, as read from <c>content/claims/&lt;id&gt;.md</c>.</summary>
public sealed record Claim(
    string Id,
    string Statement,
    string? Topic,
    ImmutableArray<string> Tags,
    Quantity? Quantity,
    ImmutableArray<ClaimRelation> Related,
    Review? Review,
    string Commentary,
    SourceLocation Location);

/// <summary>What a quantity claim measures.</summary>
public sealed record Quantity(string Label, string? Unit);

/// <summary>A link from one claim to another; shown on both claims' pages.</summary>
public sealed record ClaimRelation(string ClaimId, string Relation, string? Note, SourceLocation Location);

/// <summary>The archive's own assessment of a claim.</summary>
public sealed record Review(string Rating, string Author, PartialDate Date, string Rationale);
