using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Site.Metadata;

/// <summary>
/// What a citation of one page says, independent of the format: BibTeX, CSL-JSON and the Highwire tags are
/// all written from this record, so they cannot disagree.
/// </summary>
/// <param name="Key">The citation key, <c>rea-&lt;id&gt;</c> for a source and <c>rea-claim-&lt;id&gt;</c> for a claim.</param>
/// <param name="Author">A person or organisation, written as one literal name (no first/last split is guessed).</param>
/// <param name="Container">The site the item appears in (the publisher's site for a source).</param>
/// <param name="Url">The URL to cite: the original for a source when known, else the archive's page.</param>
/// <param name="ArchiveUrl">The archive's page.</param>
public sealed record CitationRecord(
    string Key,
    string CslType,
    string Title,
    string? OriginalTitle,
    string? Author,
    string Publisher,
    string? Container,
    PartialDate? Issued,
    PartialDate? Accessed,
    string Language,
    string Url,
    string ArchiveUrl,
    string ArchiveName,
    string Note);
