using System.Collections.Immutable;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Format;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Core.Yaml;

namespace RareEarthArchive.Core.Loading;

/// <summary>Reads <c>site.config.yml</c>.</summary>
public static class SiteConfigReader
{
    public const string FileName = "site.config.yml";

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
        var map = new MappingReader(root, ContentFormat.Standard.SiteConfig, Vocabularies.Empty, diagnostics);
        var title = map.Text("title");
        var description = map.Text("description");
        var baseUrl = map.AbsoluteUrl("base_url");
        // A malformed tag is reported; reading on as "und" (undetermined) keeps the vocabularies, so content is still checked.
        var language = map.Language("language") ?? (map.Has("language") ? "und" : null);
        var theme = map.Text("theme") ?? "default";
        var vocabularies = map.Mapping("vocabularies") is { } lists ? Vocabularies.From(lists.SlugList) : null;
        var topics = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var topic in map.Items("topics"))
        {
            if (topic.Slug("id") is { } id && topic.Text("title") is { } topicTitle && !topics.TryAdd(id, topicTitle))
            {
                diagnostics.Error(topic.LocationOf("id"), DiagnosticCodes.DuplicateId, $"topic '{id}' is given a title twice; give each topic one entry");
            }
        }
        if (title is null || description is null || baseUrl is null || language is null || vocabularies is null)
        {
            return null;
        }
        var origins = map.Items("origins").Select(o => (Id: o.Slug(ContentFormat.IdKey), Name: o.Text("name"), Url: o.AbsoluteUrl("url"), Note: o.Text("note"), o))
            .Where(o => o.Id is not null && o.Name is not null)
            .Select(o => new Origin(o.Id!, o.Name!, o.Url, o.Note, o.o.LocationOf(ContentFormat.IdKey)))
            .ToImmutableArray();
        return new SiteConfig(title, description, NormalizeBaseUrl(baseUrl), language, theme, vocabularies, topics.ToImmutable()) { Origins = origins };
    }

    /// <summary>A base URL always ends in '/', so relative URLs resolve under it.</summary>
    public static Uri NormalizeBaseUrl(string url) => new(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);
}
