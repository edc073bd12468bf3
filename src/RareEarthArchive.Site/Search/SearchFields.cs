using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Site.Search;

/// <summary>
/// The fields of the site's search index and their boosts. One index holds all three kinds of result, so the
/// fields are shared: each kind fills the ones that mean something for it (docs/search.md explains the choice).
/// <list type="table">
///   <item><term>title ×10</term><description>source title and original title; claim statement; a passage's quoted words</description></item>
///   <item><term>tags ×5</term><description>source tags; claim tags and topic</description></item>
///   <item><term>publisher ×3</term><description>source publisher and author</description></item>
///   <item><term>claim ×2</term><description>a passage's claim statement</description></item>
///   <item><term>body ×1</term><description>source text; claim commentary; a passage's note</description></item>
/// </list>
/// </summary>
public static class SearchFields
{
    public const string Title = "title";
    public const string Tags = "tags";
    public const string Publisher = "publisher";
    public const string Claim = "claim";
    public const string Body = "body";

    /// <summary>The ref field's name in documents.json (refs are short: s0, c0, a0; see <see cref="SiteSearchDocuments"/>).</summary>
    public const string Ref = "ref";

    public static IReadOnlyList<LunrField> All { get; } =
    [
        new(Title, 10),
        new(Tags, 5),
        new(Publisher, 3),
        new(Claim, 2),
        new(Body, 1),
    ];
}
