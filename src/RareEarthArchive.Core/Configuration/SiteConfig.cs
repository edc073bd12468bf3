using System.Collections.Immutable;

namespace RareEarthArchive.Core.Configuration;

/// <summary>The settings in <c>site.config.yml</c>. <see cref="Origins"/> are the declared origins, in file order.</summary>
public sealed record SiteConfig(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    string Theme,
    Vocabularies Vocabularies,
    ImmutableDictionary<string, string>? TopicTitles = null)
{
    /// <summary>A topic's name for readers: its title from the config, else its id with spaces ("export-controls" → "Export controls").</summary>
    public string TopicTitle(string topic) =>
        TopicTitles?.GetValueOrDefault(topic) is { } title ? title
        : topic.Length == 0 ? topic : char.ToUpperInvariant(topic[0]) + topic[1..].Replace('-', ' ');
    public ImmutableArray<Model.Origin> Origins { get; init; } = [];

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

    /// <summary>The list named <paramref name="name"/> (one of <see cref="VocabularyNames.All"/>).</summary>
    public ImmutableArray<string> Of(string name) => name switch
    {
        VocabularyNames.SourceKinds => SourceKinds,
        VocabularyNames.Perspectives => Perspectives,
        VocabularyNames.SignalKinds => SignalKinds,
        VocabularyNames.Stances => Stances,
        VocabularyNames.SourceRelations => SourceRelations,
        VocabularyNames.ClaimRelations => ClaimRelations,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a vocabulary of site.config.yml"),
    };

    /// <summary>Made from lists by name (the keys of <c>vocabularies:</c> in <c>site.config.yml</c>).</summary>
    public static Vocabularies From(Func<string, ImmutableArray<string>> list) =>
        new(list(VocabularyNames.SourceKinds), list(VocabularyNames.Perspectives), list(VocabularyNames.SignalKinds),
            list(VocabularyNames.Stances), list(VocabularyNames.SourceRelations), list(VocabularyNames.ClaimRelations));
}

/// <summary>The names of the vocabularies, as keys under <c>vocabularies:</c> and in messages ("vocabularies.stances").</summary>
public static class VocabularyNames
{
    public const string SourceKinds = "source_kinds";
    public const string Perspectives = "perspectives";
    public const string SignalKinds = "signal_kinds";
    public const string Stances = "stances";
    public const string SourceRelations = "source_relations";
    public const string ClaimRelations = "claim_relations";

    public static IReadOnlyList<string> All { get; } = [SourceKinds, Perspectives, SignalKinds, Stances, SourceRelations, ClaimRelations];
}
