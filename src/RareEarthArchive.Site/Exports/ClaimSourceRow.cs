using System.Globalization;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Markdown;
using RareEarthArchive.Site.Routing;

namespace RareEarthArchive.Site.Exports;

/// <summary>
/// One row of the claims × sources table: one passage of one source stating one claim. The CSV and the JSON
/// export are written from the same rows, so they hold the same data.
/// </summary>
/// <param name="Quote">The passage as the reader text has it (typographic quotes as archived).</param>
/// <param name="Note">The annotation's note as plain text (its Markdown rendered and stripped), or null.</param>
/// <param name="Value">The annotation's value, when the claim has a quantity: the figure the text gives (a range's lower end).</param>
/// <param name="ValueQualifier">How the value relates to that figure, as the content writes it (about, nearly, over, under, min, max; range), or null for a plain number.</param>
/// <param name="ValueMax">A range's upper end.</param>
/// <param name="AsOf">The time the statement or value refers to (ISO 8601, as precise as the text), when given.</param>
/// <param name="AttributedTo">Whom the source credits the statement to, when it is not the source's own.</param>
/// <param name="Retrieved">When the archived copy was taken (<c>archive.retrieved</c>), when known.</param>
/// <param name="SourceSha256">The fixity of the source's archived text (SHA-256 of its Markdown body).</param>
/// <param name="OriginalPassageUrl">A text-fragment link to the passage in the original page, where one could be proved.</param>
public sealed record ClaimSourceRow(
    string ClaimId,
    string ClaimStatement,
    string SourceId,
    string SourceTitle,
    string Publisher,
    string? Published,
    string Kind,
    string? Perspective,
    string Stance,
    double? Value,
    string? ValueQualifier,
    double? ValueMax,
    string? Unit,
    string? AsOf,
    string? AttributedTo,
    string Quote,
    string? Note,
    string PassageUrl,
    string? Retrieved,
    string SourceSha256,
    string? OriginalPassageUrl)
{
    public static readonly string[] Columns =
        ["claim_id", "claim_statement", "source_id", "source_title", "publisher", "published", "kind", "perspective",
         "stance", "value", "value_qualifier", "value_max", "unit", "as_of", "attributed_to", "quote", "note", "passage_url",
         "retrieved", "source_sha256", "original_passage_url"];

    /// <summary>Claims in the site's order; within a claim, its appearances in the assembler's order.</summary>
    public static IReadOnlyList<ClaimSourceRow> All(SiteModel site, SiteUrls urls)
    {
        var rows = new List<ClaimSourceRow>();
        foreach (var claim in site.Claims)
        {
            foreach (var appearance in claim.Appearances)
            {
                var entry = site.Source(appearance.SourceId);
                var source = entry.Source;
                var annotation = appearance.Annotation.Annotation;
                rows.Add(new ClaimSourceRow(
                    claim.Id,
                    claim.Claim.Statement,
                    source.Id,
                    source.Title,
                    source.Publisher,
                    source.Published?.ToString(),
                    source.Kind,
                    source.Bias?.Perspective,
                    annotation.Stance,
                    annotation.Value?.Number,
                    annotation.Value is null ? null : annotation.Value.Qualifier == Core.Model.ValueQualifier.Range ? "range" : annotation.Value.Key,
                    annotation.Value?.Max,
                    annotation.Value is null ? null : claim.Claim.Quantity?.Unit,
                    annotation.AsOf?.ToString(),
                    annotation.AttributedTo,
                    appearance.Quote,
                    annotation.Note is { } note ? ContributorMarkdown.ToPlainText(note) : null,
                    urls.Absolute(urls.Passage(source.Id, appearance.Annotation.AnchorId)),
                    source.Archive?.Retrieved?.ToString(),
                    entry.Validated.Sha256,
                    entry.Originals?.Fragments.GetValueOrDefault(appearance.Annotation.AnchorId)));
            }
        }
        return rows;
    }

    /// <summary>The cells in <see cref="Columns"/> order; null for an empty cell.</summary>
    public string?[] Cells() =>
        [ClaimId, ClaimStatement, SourceId, SourceTitle, Publisher, Published, Kind, Perspective, Stance,
         Value is { } v ? FormatNumber(v) : null, ValueQualifier, ValueMax is { } max ? FormatNumber(max) : null, Unit, AsOf, AttributedTo, Quote, Note, PassageUrl,
         Retrieved, SourceSha256, OriginalPassageUrl];

    /// <summary>A number as content writes it, culture-invariant and round-trippable: 3, 87.5, -2, 1E+21.</summary>
    public static string FormatNumber(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
