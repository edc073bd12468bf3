using System.Collections.Immutable;
using RareEarthArchive.Core.Diagnostics;

namespace RareEarthArchive.Core.Model;

/// <summary>One archived document, as read from <c>content/sources/&lt;id&gt;.md</c>.</summary>
public sealed record Source(
    string Id,
    string Title,
    string? OriginalTitle,
    string Language,
    string Publisher,
    string? Author,
    string? Url,
    PartialDate? Published,
    string Kind,
    ImmutableArray<string> Tags,
    Reference? Origin,
    ArchiveInfo? Archive,
    Bias? Bias,
    ImmutableArray<ClaimAnnotation> Claims,
    ImmutableArray<SourceRelation> Related,
    SourceText Text,
    SourceLocation Location);

/// <summary>The archived body: the Markdown as written, and the line in the file where it starts.</summary>
public sealed record SourceText(string Markdown, int FirstLine);

/// <summary>Provenance of an archived copy. <see cref="Sha256"/> pins the archived text (checked against its hash).</summary>
public sealed record ArchiveInfo(PartialDate? Retrieved, string? From, string? Notes, Reference? Sha256);

/// <summary>A value that names something elsewhere (an origin, a hash), with the position of its YAML node for diagnostics.</summary>
public sealed record Reference(string Value, SourceLocation Location);

/// <summary>The editors' description of a source's leaning, backed by quote-anchored signals.</summary>
public sealed record Bias(
    string Perspective,
    string? CommercialInterest,
    string Summary,
    ImmutableArray<BiasSignal> Signals);

/// <summary>A passage that shows the bias the summary describes.</summary>
public sealed record BiasSignal(QuoteSelector Quote, string Kind, string? Note, SourceLocation Location);

/// <summary>
/// A passage of a source tied to a canonical claim. <see cref="AsOf"/> is the time the passage's statement or
/// value refers to, where the text gives or implies one; <see cref="AttributedTo"/> is whom the source credits
/// the statement to, where it is not its own (both extensions of the format: see CONTRIBUTING.md); <see cref="Origin"/>
/// the same as a reference to a declared origin or an archived source, which origin counting follows.
/// </summary>
public sealed record ClaimAnnotation(
    string ClaimId,
    QuoteSelector Quote,
    string Stance,
    QuantityValue? Value,
    PartialDate? AsOf,
    string? AttributedTo,
    Reference? Origin,
    string? Note,
    string? Id,
    SourceLocation Location,
    SourceLocation ClaimLocation,
    SourceLocation? ValueLocation);

/// <summary>A cross-reference from one source to another.</summary>
public sealed record SourceRelation(string SourceId, string Relation, string? Note, SourceLocation Location);

/// <summary>
/// A W3C TextQuoteSelector: the exact text and optional text just before and after.
/// <see cref="Location"/> is the position of the quote's YAML node, for diagnostics.
/// </summary>
public sealed record QuoteSelector(string Exact, string? Prefix, string? Suffix, SourceLocation Location);
