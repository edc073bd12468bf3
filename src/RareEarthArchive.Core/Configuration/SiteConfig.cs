using System.Collections.Immutable;

namespace RareEarthArchive.Core.Configuration;

/// <summary>The settings in <c>site.config.yml</c>.</summary>
public sealed record SiteConfig(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    string Theme,
    Vocabularies Vocabularies)
{
    /// <summary>The base path of the site: the path of <see cref="BaseUrl"/>, always ending in <c>/</c>.</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    public SiteConfig WithBaseUrl(Uri baseUrl) => this with { BaseUrl = baseUrl };
}

/// <summary>The controlled vocabularies: every value used in content must come from these lists.</summary>
public sealed record Vocabularies(
    ImmutableArray<string> SourceKinds,
    ImmutableArray<string> Perspectives,
    ImmutableArray<string> SignalKinds,
    ImmutableArray<string> Stances,
    ImmutableArray<string> SourceRelations,
    ImmutableArray<string> ClaimRelations)
{
    public static Vocabularies Empty { get; } = new([], [], [], [], [], []);
}
