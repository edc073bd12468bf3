using System.Collections.Immutable;
using System.Text.Json.Nodes;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Site.Metadata;

namespace RareEarthArchive.Site.Exports;

/// <summary>
/// JSON Schemas (draft 2020-12) for source front matter, claim front matter and <c>site.config.yml</c>,
/// generated from the site's vocabularies so the enums can never drift from the config. The repository's
/// <c>schemas/*.json</c> are this output for the repository's own config (a test keeps them equal); a build
/// publishes the schemas for its own config under <c>schemas/</c>.
/// </summary>
/// <remarks>
/// The schemas describe the YAML value as an editor's YAML 1.2 parser types it, while the checker reads
/// every scalar as text. So text fields also accept numbers and booleans (<c>title: 1984</c> is a fine
/// title), slugs accept non-negative integers (<c>tags: [2010]</c>), dates accept a four-digit year read
/// as an integer, and an optional key may be null (the checker treats <c>author:</c> with no value as
/// absent). What a schema cannot express (references to other files, the id matching the file name, quote
/// anchoring, <c>value</c> only on a claim with a quantity, unique annotation ids) stays with <c>rea check</c>;
/// docs/data-and-editor-support.md lists them.
/// </remarks>
public static class FrontMatterSchemas
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";
    public const string SourceFile = "source.schema.json";
    public const string ClaimFile = "claim.schema.json";
    public const string ConfigFile = "site-config.schema.json";
    public const string Folder = "schemas";

    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string LanguagePattern = "^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-([a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*$";

    /// <summary>Each schema's file name and text, for the given config (its base URL makes the <c>$id</c>s).</summary>
    public static IReadOnlyList<(string FileName, string Text)> All(SiteConfig config) =>
    [
        (SourceFile, JsonText.ToFileText(Source(config))),
        (ClaimFile, JsonText.ToFileText(Claim(config))),
        (ConfigFile, JsonText.ToFileText(SiteConfigSchema(config))),
    ];

    public static JsonObject Source(SiteConfig config)
    {
        var v = config.Vocabularies;
        var quote = Text("The exact passage, as it appears in the text (white space runs count as one space; typographic and straight quotes match each other). It must match exactly once.");
        var prefix = Optional(Text("Text just before the quote, to pick one of several matches."));
        var suffix = Optional(Text("Text just after the quote, to pick one of several matches."));
        return Root(config, SourceFile, "Source front matter", "The YAML front matter of content/sources/<id>.md: one archived document.",
            ["id", "title", "language", "publisher", "kind"],
            new JsonObject
            {
                ["id"] = Slug("The source's id: its file name without .md and its page's URL segment; never changes once published."),
                ["title"] = Text("The title (in the archive's language)."),
                ["original_title"] = Optional(Text("The title in the original language.")),
                ["language"] = Language("BCP 47 language tag of the archived text: en, zh-Hans, …"),
                ["publisher"] = Text("Who published the document."),
                ["author"] = Optional(Text("The author, when known.")),
                ["url"] = Optional(HttpUrl("Where the document was published.")),
                ["published"] = Optional(Date("Publication date: YYYY-MM-DD, YYYY-MM or YYYY.")),
                ["kind"] = Vocabulary(v.SourceKinds, "source_kinds", "The kind of document."),
                ["tags"] = Optional(SlugList("Free tags (slugs).")),
                ["archive"] = Optional(Mapping("Provenance of the archived copy.", [], new JsonObject
                {
                    ["retrieved"] = Optional(Date("When the copy was made.")),
                    ["from"] = Optional(Text("The file it was archived from.")),
                    ["notes"] = Optional(Text("What was left out (page furniture) and any other remark on the copy.")),
                })),
                ["bias"] = Optional(Mapping("The editors' description of the source's leaning, backed by quote-anchored signals.", ["perspective", "summary"], new JsonObject
                {
                    ["perspective"] = Vocabulary(v.Perspectives, "perspectives", "The source's perspective."),
                    ["commercial_interest"] = Optional(Text("A commercial interest of the publisher in the topic.")),
                    ["summary"] = Text("One or two sentences a reader can check against the signals."),
                    ["signals"] = Optional(List("Quote-anchored evidence for the summary.", Mapping("A passage that shows the bias.", ["quote", "kind"], new JsonObject
                    {
                        ["quote"] = quote.DeepClone(),
                        ["prefix"] = prefix.DeepClone(),
                        ["suffix"] = suffix.DeepClone(),
                        ["kind"] = Vocabulary(v.SignalKinds, "signal_kinds", "The kind of signal."),
                        ["note"] = Optional(Text("Why the passage is a signal (Markdown, no raw HTML).")),
                    }))),
                })),
                ["claims"] = Optional(List("Quote-anchored passages tied to canonical claims.", Mapping("A passage that states a claim.", ["claim", "quote", "stance"], new JsonObject
                {
                    ["claim"] = Slug("The id of a file in content/claims/."),
                    ["quote"] = quote.DeepClone(),
                    ["prefix"] = prefix.DeepClone(),
                    ["suffix"] = suffix.DeepClone(),
                    ["stance"] = Vocabulary(v.Stances, "stances", "How the passage relates to the claim."),
                    ["value"] = Optional(Number("The number the passage gives, where the claim has a quantity.")),
                    ["as_of"] = Optional(Date("The time the statement or value refers to, where the text gives or implies one: YYYY-MM-DD, YYYY-MM or YYYY.")),
                    ["attributed_to"] = Optional(Text("Whom the source credits the statement to, where it is not its own: \"Reuters\", \"unnamed US officials\".")),
                    ["note"] = Optional(Text("A remark on the passage (Markdown, no raw HTML).")),
                    ["id"] = Optional(Slug("The annotation's permalink anchor, unique in this file.")),
                }))),
                ["related"] = Optional(List("Cross-references to other sources.", Mapping("A related source.", ["source", "relation"], new JsonObject
                {
                    ["source"] = Slug("Another source's id."),
                    ["relation"] = Vocabulary(v.SourceRelations, "source_relations", "How the sources relate."),
                    ["note"] = Optional(Text("A remark on the relation.")),
                }))),
            });
    }

    public static JsonObject Claim(SiteConfig config) =>
        Root(config, ClaimFile, "Claim front matter", "The YAML front matter of content/claims/<id>.md: one canonical claim.",
            ["id", "statement"],
            new JsonObject
            {
                ["id"] = Slug("The claim's id: its file name without .md and its page's URL segment; never changes once published."),
                ["statement"] = Text("The claim, in one sentence."),
                ["topic"] = Optional(Slug("The topic the claim is listed under.")),
                ["tags"] = Optional(SlugList("Free tags (slugs).")),
                ["quantity"] = Optional(Mapping("The claim is about a number: what it measures.", ["label"], new JsonObject
                {
                    ["label"] = Text("What the number is."),
                    ["unit"] = Optional(Text("Its unit, e.g. %.")),
                })),
                ["related"] = Optional(List("Links to other claims.", Mapping("A related claim.", ["claim", "relation"], new JsonObject
                {
                    ["claim"] = Slug("Another claim's id."),
                    ["relation"] = Vocabulary(config.Vocabularies.ClaimRelations, "claim_relations", "How the claims relate."),
                    ["note"] = Optional(Text("A remark on the relation.")),
                }))),
                ["review"] = Optional(Mapping("The archive's own assessment of the claim.", ["rating", "author", "date", "rationale"], new JsonObject
                {
                    ["rating"] = Text("The verdict in a few words."),
                    ["author"] = Text("Who reviewed it."),
                    ["date"] = Date("When: YYYY-MM-DD, YYYY-MM or YYYY."),
                    ["rationale"] = Text("Why (Markdown, no raw HTML)."),
                })),
            });

    public static JsonObject SiteConfigSchema(SiteConfig config)
    {
        var vocabularies = new JsonObject();
        foreach (var name in new[] { "source_kinds", "perspectives", "signal_kinds", "stances", "source_relations", "claim_relations" })
        {
            vocabularies[name] = SlugList($"The allowed values of {name}.");
        }
        return Root(config, ConfigFile, "site.config.yml", "Site settings and the controlled vocabularies every content value must come from.",
            ["title", "description", "base_url", "language", "vocabularies"],
            new JsonObject
            {
                ["title"] = Text("The site's title."),
                ["description"] = Text("One line for search engines and feeds."),
                ["base_url"] = HttpUrl("Absolute URL of the published site; its path is the site's base path."),
                ["language"] = Language("BCP 47 language tag of the site."),
                ["theme"] = Optional(Text("The theme folder under themes/ (default: the built-in theme).")),
                ["vocabularies"] = Mapping("The controlled vocabularies.", [.. vocabularies.Select(p => p.Key)], vocabularies),
            });
    }

    private static JsonObject Root(SiteConfig config, string file, string title, string description, string[] required, JsonObject properties) => new()
    {
        ["$schema"] = Draft,
        ["$id"] = new Uri(config.BaseUrl, $"{Folder}/{file}").AbsoluteUri,
        ["title"] = title,
        ["description"] = description,
        ["type"] = "object",
        ["required"] = Strings(required),
        ["additionalProperties"] = false,
        ["properties"] = properties,
    };

    private static JsonObject Mapping(string description, string[] required, JsonObject properties)
    {
        var node = new JsonObject { ["description"] = description, ["type"] = "object" };
        if (required.Length > 0)
        {
            node["required"] = Strings(required);
        }
        node["additionalProperties"] = false;
        node["properties"] = properties;
        return node;
    }

    private static JsonObject List(string description, JsonObject items) =>
        new() { ["description"] = description, ["type"] = "array", ["items"] = items };

    /// <summary>Text: a non-blank string, or a scalar YAML types as a number or boolean (the checker reads it as its text).</summary>
    private static JsonObject Text(string description) => new()
    {
        ["description"] = description,
        ["type"] = Strings(["string", "number", "boolean"]),
        ["pattern"] = "\\S",
    };

    private static JsonObject Slug(string description) => new()
    {
        ["description"] = description,
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "string", ["pattern"] = SlugPattern, ["maxLength"] = Core.Model.Slug.MaxLength },
            new JsonObject { ["type"] = "integer", ["minimum"] = 0 }),
    };

    private static JsonObject SlugList(string description)
    {
        var slug = Slug("A slug: lower-case letters and digits joined by single hyphens.");
        return new JsonObject { ["description"] = description, ["type"] = "array", ["items"] = slug };
    }

    /// <summary>A value from a vocabulary; an empty vocabulary restricts nothing, as in the checker.</summary>
    private static JsonObject Vocabulary(ImmutableArray<string> values, string vocabulary, string description) =>
        values.IsDefaultOrEmpty
            ? Text($"{description} vocabularies.{vocabulary} in site.config.yml is empty, so any text is allowed.")
            : new JsonObject
            {
                ["description"] = $"{description} From vocabularies.{vocabulary} in site.config.yml.",
                ["enum"] = Strings(values),
            };

    /// <summary>YYYY, YYYY-MM, or a real calendar date (the <c>date</c> format checks the day exists); year 0000 is not a date.</summary>
    private static JsonObject Date(string description) => new()
    {
        ["description"] = description,
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "string", ["pattern"] = "^(?!0000)[0-9]{4}(-(0[1-9]|1[0-2]))?$" },
            new JsonObject { ["type"] = "string", ["pattern"] = "^(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}$", ["format"] = "date" },
            new JsonObject { ["type"] = "integer", ["minimum"] = 1000, ["maximum"] = 9999 }),
    };

    private static JsonObject Number(string description) => new()
    {
        ["description"] = description,
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "number" },
            new JsonObject { ["type"] = "string", ["pattern"] = "^\\s*[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$" }),
    };

    private static JsonObject Language(string description) => new()
    {
        ["description"] = description,
        ["type"] = "string",
        ["pattern"] = LanguagePattern,
    };

    private static JsonObject HttpUrl(string description) => new()
    {
        ["description"] = description,
        ["type"] = "string",
        ["pattern"] = "^\\s*[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+",
    };

    /// <summary>An optional key: also null, which the checker reads as "not given".</summary>
    private static JsonObject Optional(JsonObject schema)
    {
        var description = schema["description"]?.GetValue<string>();
        schema.Remove("description");
        var node = new JsonObject();
        if (description is not null)
        {
            node["description"] = description;
        }
        node["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" });
        return node;
    }

    private static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
}
