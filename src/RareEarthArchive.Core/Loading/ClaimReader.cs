using System.Collections.Immutable;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Format;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Core.Yaml;

namespace RareEarthArchive.Core.Loading;

/// <summary>
/// Reads one <c>content/claims/&lt;id&gt;.md</c> file into a <see cref="Claim"/>. The keys, what is required and
/// what each must be come from <see cref="ContentFormat.Claim"/>; this class maps the checked values onto the record.
/// </summary>
public static class ClaimReader
{
    public static Claim? Read(ContentFile file, Vocabularies vocabularies, DiagnosticBag diagnostics) =>
        Read(file, vocabularies, diagnostics, ContentFormat.Standard.Claim);

    public static Claim? Read(ContentFile file, Vocabularies vocabularies, DiagnosticBag diagnostics, FormatMapping format)
    {
        var map = new MappingReader(file.Root, format, vocabularies, diagnostics);
        if (!map.IsMapping)
        {
            return null;
        }
        var id = FileId.Read(map, file, diagnostics);
        var statement = map.Text("statement");
        var quantity = map.Mapping("quantity") is { } q && q.Text("label") is { } label ? new Quantity(label, q.Text("unit")) : null;
        var related = map.Items("related").Select(relation =>
        {
            var claim = relation.Slug("claim");
            var kind = relation.Vocabulary("relation");
            return claim is null || kind is null ? null : new ClaimRelation(claim, kind, relation.Text("note"), relation.LocationOf("claim"));
        }).OfType<ClaimRelation>().ToImmutableArray();
        var review = ReadReview(map.Mapping("review"));

        if (id is null || statement is null)
        {
            return null;
        }
        return new Claim(id, statement, map.Slug("topic"), map.SlugList("tags"), quantity, related, review, file.Body,
            map.Location with { Line = 1, Column = 1 });
    }

    private static Review? ReadReview(MappingReader? map) =>
        map is not null && map.Text("rating") is { } rating && map.Text("author") is { } author && map.Date("date") is { } date
            && map.Text("rationale") is { } rationale
            ? new Review(rating, author, date, rationale)
            : null;
}
