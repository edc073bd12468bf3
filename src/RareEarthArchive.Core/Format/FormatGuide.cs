using System.Text;

namespace RareEarthArchive.Core.Format;

/// <summary>
/// The key tables of the contributor guide (CONTRIBUTING.md), generated from the format description. The guide
/// holds each table between <c>&lt;!-- format: NAME --&gt;</c> and <c>&lt;!-- /format --&gt;</c>; a test keeps it
/// equal to <see cref="Tables"/>, so the guide can never describe another format than the one rea reads.
/// </summary>
public static class FormatGuide
{
    public const string EndMarker = "<!-- /format -->";

    public static string StartMarker(string name) => $"<!-- format: {name} -->";

    /// <summary>Each generated table by its marker name: source, claim, site-config.</summary>
    public static IReadOnlyList<(string Name, string Table)> Tables(ContentFormat format) =>
    [
        ("source", Table(format.Source)),
        ("claim", Table(format.Claim)),
        ("site-config", Table(format.SiteConfig)),
    ];

    /// <summary>One row a key, nested keys under their dotted path (<c>claims[].stance</c>).</summary>
    public static string Table(FormatMapping mapping)
    {
        var text = new StringBuilder();
        text.Append("| key | required | value |\n");
        text.Append("| --- | --- | --- |\n");
        Rows(text, mapping, "");
        return text.ToString();
    }

    /// <summary>The guide's text with every generated table replaced by the format's; unchanged when they agree.</summary>
    public static string Regenerate(string guide, ContentFormat format)
    {
        foreach (var (name, table) in Tables(format))
        {
            var start = guide.IndexOf(StartMarker(name), StringComparison.Ordinal);
            if (start < 0)
            {
                throw new InvalidOperationException($"the guide has no {StartMarker(name)} marker");
            }
            var bodyStart = start + StartMarker(name).Length;
            var end = guide.IndexOf(EndMarker, bodyStart, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new InvalidOperationException($"the table after {StartMarker(name)} has no {EndMarker}");
            }
            guide = string.Concat(guide.AsSpan(0, bodyStart), "\n", table, guide.AsSpan(end));
        }
        return guide;
    }

    private static void Rows(StringBuilder text, FormatMapping mapping, string prefix)
    {
        foreach (var key in mapping.Keys)
        {
            var path = prefix + key.Name + (key.Kind == KeyKind.List ? "[]" : "");
            text.Append($"| `{path}` | {(key.Required ? "yes" : "no")} | {Kind(key)}: {key.Description} |\n");
            if (key.Mapping is { } nested)
            {
                Rows(text, nested, path + ".");
            }
        }
    }

    private static string Kind(FormatKey key) => key.Kind switch
    {
        KeyKind.Text => "text",
        KeyKind.Slug => "slug",
        KeyKind.SlugList => "list of slugs",
        KeyKind.Vocabulary => $"from `vocabularies.{key.Vocabulary}`",
        KeyKind.Date => "date",
        KeyKind.Number => "number",
        KeyKind.QuantityValue => "number, or a mapping of one qualifier to a number",
        KeyKind.Url => "absolute `http`/`https` URL",
        KeyKind.Language => "BCP 47 tag (`en`, `zh-Hans`, `pt-BR`)",
        KeyKind.Mapping => "mapping",
        KeyKind.List => "list of mappings",
        _ => key.Kind.ToString(),
    };
}
