using System.Collections.Immutable;
using System.Text.Json.Nodes;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Format;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Site.Metadata;

namespace RareEarthArchive.Site.Exports;

/// <summary>
/// JSON Schemas (draft 2020-12) for source front matter, claim front matter and <c>site.config.yml</c>,
/// generated from the format description (<see cref="ContentFormat"/>) and the site's vocabularies, so neither
/// the keys nor the enums can drift from what the checker reads. The repository's
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

    public static JsonObject Source(SiteConfig config) => Source(config, ContentFormat.Standard);

    public static JsonObject Claim(SiteConfig config) => Claim(config, ContentFormat.Standard);

    public static JsonObject SiteConfigSchema(SiteConfig config) => SiteConfigSchema(config, ContentFormat.Standard);

    public static JsonObject Source(SiteConfig config, ContentFormat format) => Root(config, SourceFile, "Source front matter", format.Source);

    public static JsonObject Claim(SiteConfig config, ContentFormat format) => Root(config, ClaimFile, "Claim front matter", format.Claim);

    public static JsonObject SiteConfigSchema(SiteConfig config, ContentFormat format) =>
        Root(config, ConfigFile, SiteConfigReader.FileName, format.SiteConfig);

    private static JsonObject Root(SiteConfig config, string file, string title, FormatMapping mapping) => new()
    {
        ["$schema"] = Draft,
        ["$id"] = new Uri(config.BaseUrl, $"{Folder}/{file}").AbsoluteUri,
        ["title"] = title,
        ["description"] = mapping.Description,
        ["type"] = "object",
        ["required"] = Strings(mapping.RequiredKeyNames),
        ["additionalProperties"] = false,
        ["properties"] = Properties(mapping, config.Vocabularies),
    };

    private static JsonObject Properties(FormatMapping mapping, Vocabularies vocabularies)
    {
        var properties = new JsonObject();
        foreach (var key in mapping.Keys)
        {
            var schema = Value(key, vocabularies);
            properties[key.Name] = key.Required ? schema : Optional(schema);
        }
        return properties;
    }

    private static JsonObject Value(FormatKey key, Vocabularies vocabularies) => key.Kind switch
    {
        KeyKind.Text => Text(key.Description),
        KeyKind.Slug => Slug(key.Description),
        KeyKind.SlugList => SlugList(key.Description),
        KeyKind.Vocabulary => Vocabulary(vocabularies.Of(key.Vocabulary!), key.Vocabulary!, key.Description),
        KeyKind.Date => Date(key.Description),
        KeyKind.Number => Number(key.Description),
        KeyKind.QuantityValue => QuantityValue(key, vocabularies),
        KeyKind.Url => HttpUrl(key.Description),
        KeyKind.Language => Language(key.Description),
        KeyKind.Mapping => Mapping(key.Description, key.Mapping!, vocabularies),
        KeyKind.List => List(key.Description, Mapping(key.Mapping!.Description, key.Mapping, vocabularies)),
        _ => throw new InvalidOperationException($"no schema for {key.Kind}"),
    };

    private static JsonObject Mapping(string description, FormatMapping mapping, Vocabularies vocabularies)
    {
        var node = new JsonObject { ["description"] = description, ["type"] = "object" };
        if (mapping.RequiredKeyNames.Any())
        {
            node["required"] = Strings(mapping.RequiredKeyNames);
        }
        node["additionalProperties"] = false;
        node["properties"] = Properties(mapping, vocabularies);
        return node;
    }

    /// <summary>A plain number, or a mapping of one qualifier, or of min and max: the checker's rule, as far as a schema can say it.</summary>
    private static JsonObject QuantityValue(FormatKey key, Vocabularies vocabularies)
    {
        var mapping = Mapping(key.Mapping!.Description, key.Mapping, vocabularies);
        mapping["minProperties"] = 1;
        mapping["maxProperties"] = 2;
        return new JsonObject
        {
            ["description"] = key.Description,
            ["oneOf"] = new JsonArray(Number("A plain number: the figure as given."), mapping),
        };
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
