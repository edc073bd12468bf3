using System.Collections.Immutable;
using System.Text;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Format;

namespace RareEarthArchive.Cli.Commands;

/// <summary>
/// The starting text of a new source or claim, generated from the format description (<see cref="ContentFormat"/>):
/// the required keys to fill in, marked TODO, then every optional key commented out with its line from the
/// description. The first front-matter line is a yaml-language-server modeline, so editors with the YAML extension
/// check the file against the repository's JSON schema as it is typed.
/// </summary>
internal static class NewFileTemplates
{
    public static string Source(string id, SiteConfig? config, ContentFormat? format = null) =>
        Template(id, config, (format ?? ContentFormat.Standard).Source, "source",
            $"`rea quote {id} \"text\"` prints a quote (with prefix or suffix) that anchors; `rea new claim ID` starts a claim.",
            "the archived text, word for word, as Markdown.");

    public static string Claim(string id, SiteConfig? config, ContentFormat? format = null) =>
        Template(id, config, (format ?? ContentFormat.Standard).Claim, "claim",
            "annotations in sources may give a value when the claim has a quantity.",
            "commentary in Markdown, the context a reader needs to compare the sources.");

    private static string Template(string id, SiteConfig? config, FormatMapping mapping, string schema, string hint, string body)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"# yaml-language-server: $schema=../../schemas/{schema}.schema.json\n");
        foreach (var key in mapping.Keys.Where(k => k.Required))
        {
            var line = key switch
            {
                { Name: ContentFormat.IdKey } => $"{key.Name}: {id}",
                { Kind: KeyKind.Language } => $"{key.Name}: {config?.Language ?? "en"}  # {Describe(key, config)}",
                _ => $"{key.Name}:  # TODO: {Describe(key, config)}",
            };
            text.Append(line).Append('\n');
        }
        foreach (var key in mapping.Keys.Where(k => !k.Required))
        {
            Commented(text, key, config, indent: "", item: false);
        }
        text.Append("# Text with ': ' in it, or starting with a quote, goes in \"double quotes\".\n");
        text.Append($"# {hint}\n");
        text.Append($"# After the closing line: {body}\n");
        text.Append("---\n");
        return text.ToString();
    }

    /// <summary>An optional key (and, for a mapping or list, its keys) as comment lines, ready to uncomment.</summary>
    private static void Commented(StringBuilder text, FormatKey key, SiteConfig? config, string indent, bool item)
    {
        var placeholder = key.Kind switch
        {
            KeyKind.Text => " \"\"",
            KeyKind.Slug => " a-slug",
            KeyKind.SlugList => " [a-slug, another-slug]",
            KeyKind.Date => " YYYY-MM-DD",
            KeyKind.Number or KeyKind.QuantityValue => " 0",
            KeyKind.Url => " https://…",
            KeyKind.Language => $" {config?.Language ?? "en"}",
            _ => "",
        };
        text.Append($"# {indent}{(item ? "- " : "")}{key.Name}:{placeholder}  # {(key.Required ? "required: " : "")}{Describe(key, config)}\n");
        if (key.Mapping is not { } nested)
        {
            return;
        }
        var inner = indent + (item ? "    " : "  ");
        var first = true;
        foreach (var child in nested.Keys)
        {
            Commented(text, child, config, key.Kind == KeyKind.List && !first ? inner + "  " : inner, key.Kind == KeyKind.List && first);
            first = false;
        }
    }

    private static string Describe(FormatKey key, SiteConfig? config) =>
        key.Vocabulary is { } vocabulary ? $"{key.Description} One of {OneOf(config?.Vocabularies.Of(vocabulary))}." : key.Description;

    private static string OneOf(ImmutableArray<string>? values) =>
        values is not { IsDefaultOrEmpty: false } list ? "the values in site.config.yml" : string.Join(", ", list);
}
