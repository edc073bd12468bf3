using System.Collections.Immutable;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Core.Yaml;

namespace RareEarthArchive.Core.Loading;

/// <summary>Reads one <c>content/claims/&lt;id&gt;.md</c> file into a <see cref="Claim"/>, reporting every problem.</summary>
public static class ClaimReader
{
    private static readonly string[] Keys = ["id", "statement", "topic", "tags", "quantity", "related", "review"];
    private static readonly string[] QuantityKeys = ["label", "unit"];
    private static readonly string[] RelationKeys = ["claim", "relation", "note"];
    private static readonly string[] ReviewKeys = ["rating", "author", "date", "rationale"];

    public static Claim? Read(ContentFile file, Vocabularies vocabularies, DiagnosticBag diagnostics)
    {
        var map = new MappingReader(file.Root, "a claim's front matter", Keys, diagnostics);
        if (!map.IsMapping)
        {
            return null;
        }
        var id = FileId.Read(map, file, diagnostics);
        var statement = map.Text("statement", required: true);
        var topic = map.Slug("topic", required: false);
        var tags = map.SlugList("tags");
        var quantityMap = map.Mapping("quantity", false, "quantity", QuantityKeys);
        var quantity = quantityMap?.Text("label", true) is { } label ? new Quantity(label, quantityMap.Text("unit", false)) : null;
        var related = map.Sequence("related").Select(node =>
        {
            var relation = new MappingReader(node, "a related claim", RelationKeys, diagnostics);
            var claim = relation.Slug("claim", true);
            var kind = relation.Vocabulary("relation", true, vocabularies.ClaimRelations, "claim_relations");
            var note = relation.Text("note", false);
            return claim is null || kind is null ? null : new ClaimRelation(claim, kind, note, relation.LocationOf("claim"));
        }).OfType<ClaimRelation>().ToImmutableArray();
        var review = ReadReview(map.Mapping("review", false, "review", ReviewKeys));

        if (id is null || statement is null)
        {
            return null;
        }
        return new Claim(id, statement, topic, tags, quantity, related, review, file.Body, map.Location with { Line = 1, Column = 1 });
    }

    private static Review? ReadReview(MappingReader? map)
    {
        if (map is null)
        {
            return null;
        }
        var rating = map.Text("rating", true);
        var author = map.Text("author", true);
        var date = map.Date("date", true);
        var rationale = map.Text("rationale", true);
        return rating is null || author is null || date is null || rationale is null ? null : new Review(rating, author, date, rationale);
    }
}
