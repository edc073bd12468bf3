using System.Collections.Immutable;

namespace RareEarthArchive.Core.Provenance;

/// <summary>Whom a passage (or a whole source) credits for what it says.</summary>
public abstract record Credit;

/// <summary>A declared origin (site.config.yml <c>origins</c>), by id.</summary>
public sealed record CreditsOrigin(string OriginId) : Credit;

/// <summary>Another archived source, by id.</summary>
public sealed record CreditsSource(string SourceId) : Credit;

/// <summary>Someone named only in free text (<c>attributed_to</c> without <c>origin</c>): who it is cannot be followed.</summary>
public sealed record CreditsUnnamed(string Wording) : Credit;

/// <summary>Where a chain of credits ends: one independent voice.</summary>
public abstract record OriginRoot;

/// <summary>A declared origin.</summary>
public sealed record DeclaredRoot(string OriginId) : OriginRoot;

/// <summary>A source speaking for itself; with <see cref="SameStory"/>, the sources that tell one story with it (ids in order, the root's first).</summary>
public sealed record OwnVoiceRoot(string SourceId) : OriginRoot
{
    public ImmutableArray<string> SameStory { get; init; } = [];

    public bool Equals(OwnVoiceRoot? other) => other is not null && other.SourceId == SourceId;

    public override int GetHashCode() => SourceId.GetHashCode(StringComparison.Ordinal);
}

/// <summary>Someone a source names only in free text: counted apart, since two such credits cannot be shown to be one voice.</summary>
public sealed record UnnamedRoot(string SourceId, string Wording) : OriginRoot;

/// <summary>What tracing needs to know of one source: its own credit (<c>origin</c>) and its relations.</summary>
/// <param name="Cites">Sources it declares <c>cites</c> towards, in file order.</param>
/// <param name="SameStory">Sources it tells one story with (<c>same-story</c>, declared on either side).</param>
public sealed record SourceCredits(string SourceId, Credit? Origin, ImmutableArray<string> Cites, ImmutableArray<string> SameStory);

/// <summary>One passage of a claim: its source, and whom it credits itself (the annotation's <c>origin</c> or <c>attributed_to</c>).</summary>
public sealed record ClaimPassage(string SourceId, Credit? Credit);

/// <summary>
/// Where one passage traces to: the root, and the archived sources the chain passed through (its own source first).
/// <see cref="Circle"/> is true when the chain came back to a source it had passed.
/// </summary>
public sealed record PassageTrace(OriginRoot Root, ImmutableArray<string> Via, bool Circle = false);
