using System.Collections.Immutable;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Yaml;

namespace RareEarthArchive.Core.Loading;

/// <summary>Reads <c>site.config.yml</c>.</summary>
public static class SiteConfigReader
{
    public const string FileName = "site.config.yml";

    private static readonly string[] Keys = ["title", "description", "base_url", "language", "theme", "vocabularies"];
    private static readonly string[] VocabularyKeys =
        ["source_kinds", "perspectives", "signal_kinds", "stances", "source_relations", "claim_relations"];

    /// <returns>The config, or null when it is missing or broken (every problem reported).</returns>
    public static SiteConfig? Read(string siteDirectory, DiagnosticBag diagnostics)
    {
        var fullPath = Path.Combine(siteDirectory, FileName);
        if (!File.Exists(fullPath))
        {
            diagnostics.Error(SourceLocation.FileStart(FileName), DiagnosticCodes.ConfigMissing,
                $"no {FileName} in '{siteDirectory}'; a site folder needs {FileName} and content/");
            return null;
        }
        var text = TextFile.Read(fullPath, FileName, diagnostics);
        if (text is null || YamlTreeReader.Read(text, FileName, 1, diagnostics) is not { } root)
        {
            return null;
        }
        var map = new MappingReader(root, FileName, Keys, diagnostics);
        var title = map.Text("title", required: true);
        var description = map.Text("description", required: true);
        var baseUrl = map.AbsoluteUrl("base_url", required: true);
        var language = map.Text("language", required: true);
        if (language is not null && !LanguageTag.IsValid(language))
        {
            diagnostics.Error(map.LocationOf("language"), DiagnosticCodes.InvalidLanguage, $"'{language}' is not a BCP 47 language tag");
        }
        var theme = map.Text("theme", required: false) ?? "default";
        var vocabularies = ReadVocabularies(map.Mapping("vocabularies", true, "vocabularies", VocabularyKeys), diagnostics);
        if (title is null || description is null || baseUrl is null || language is null || vocabularies is null)
        {
            return null;
        }
        return new SiteConfig(title, description, NormalizeBaseUrl(baseUrl), language, theme, vocabularies);
    }

    /// <summary>A base URL always ends in '/', so relative URLs resolve under it.</summary>
    public static Uri NormalizeBaseUrl(string url) => new(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);

    private static Vocabularies? ReadVocabularies(MappingReader? map, DiagnosticBag diagnostics)
    {
        if (map is null)
        {
            return null;
        }
        ImmutableArray<string> List(string key)
        {
            if (!map.Has(key))
            {
                diagnostics.Error(map.Location, DiagnosticCodes.MissingKey, $"vocabularies needs the list '{key}'");
                return [];
            }
            return map.SlugList(key);
        }
        return new Vocabularies(List("source_kinds"), List("perspectives"), List("signal_kinds"), List("stances"),
            List("source_relations"), List("claim_relations"));
    }
}
