using System.Collections.Immutable;

namespace RareEarthArchive.Core.Validation;

/// <summary>A source that passed validation, with every quote anchored, in the order the file lists them.</summary>
public sealed record ValidatedSource(SourceDocument Document, ImmutableArray<ResolvedAnnotation> Annotations, ImmutableArray<ResolvedSignal> Signals)
{
    public string Id => Document.Source.Id;
}
