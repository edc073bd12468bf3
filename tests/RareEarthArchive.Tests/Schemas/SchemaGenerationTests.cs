using System.Text.Json.Nodes;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Site.Exports;
using RareEarthArchive.Tests.Exports;

namespace RareEarthArchive.Tests.Schemas;

public sealed class SchemaGenerationTests
{
    private static SiteConfig RepoConfig()
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigReader.Read(ExportSites.RepoRoot, bag);
        Assert.NotNull(config);
        return config;
    }

    [Fact]
    public void The_repository_schemas_are_generated_from_the_repository_config()
    {
        foreach (var (file, text) in FrontMatterSchemas.All(RepoConfig()))
        {
            var path = Path.Combine(ExportSites.RepoRoot, FrontMatterSchemas.Folder, file);
            Assert.True(File.Exists(path), $"{path} is missing");
            Assert.True(text == File.ReadAllText(path),
                $"schemas/{file} is out of date with site.config.yml: build the site and copy _site/schemas/*.json to schemas/ " +
                "(`dotnet run --project src/RareEarthArchive.Cli -- build && cp _site/schemas/*.json schemas/`)");
        }
    }

    [Fact]
    public void The_published_schemas_are_the_build_config_s()
    {
        var site = ExportSites.Real;
        foreach (var (file, text) in FrontMatterSchemas.All(site.Model.Config))
        {
            Assert.Equal(text, site.Text($"schemas/{file}"));
        }
    }

    [Fact]
    public void Vocabulary_enums_follow_the_config()
    {
        var config = RepoConfig();
        var changed = config with { Vocabularies = config.Vocabularies with { Stances = ["agrees", "disagrees"], SourceKinds = ["memo"] } };
        var schema = FrontMatterSchemas.Source(changed);
        var stance = schema["properties"]!["claims"]!["anyOf"]![0]!["items"]!["properties"]!["stance"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(["agrees", "disagrees"], stance);
        Assert.Equal(["memo"], schema["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        var original = FrontMatterSchemas.Source(config)["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(config.Vocabularies.SourceKinds.ToArray(), original.ToArray());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
        Assert.Equal(config.BaseUrl.AbsoluteUri + "schemas/source.schema.json", schema["$id"]!.GetValue<string>());
    }

    [Fact]
    public void The_editor_settings_map_every_schema()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(ExportSites.RepoRoot, ".vscode", "settings.json")))!;
        var schemas = settings["yaml.schemas"]!.AsObject();
        Assert.Equal(["site.config.yml"], schemas["./schemas/site-config.schema.json"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["content/sources/*.md"], schemas["./schemas/source.schema.json"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["content/claims/*.md"], schemas["./schemas/claim.schema.json"]!.AsArray().Select(n => n!.GetValue<string>()));
    }
}
