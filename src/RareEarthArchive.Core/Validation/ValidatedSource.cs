using System.Collections.Immutable;

namespace RareEarthArchive.Core.Validation;

/// <summary>
/// A source that passed validation, with every quote anchored, in the order the file lists them.
/// <see cref="Sha256"/> is the fixity of its archived text (<see cref="Provenance.Fixity"/>); <see cref="Originals"/>
/// the ways back to the original, for a source with a <c>url</c>.
/// </summary>
public sealed record ValidatedSource(
    SourceDocument Document,
    ImmutableArray<ResolvedAnnotation> Annotations,
    ImmutableArray<ResolvedSignal> Signals,
    string Sha256,
    Provenance.OriginalLinks? Originals)
{
    public string Id => Document.Source.Id;
}
