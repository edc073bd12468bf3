namespace RareEarthArchive.Site.Views;

public sealed record HomeView(
    IReadOnlyList<ClaimSummaryView> Contested,
    IReadOnlyList<SourceSummaryView> Sources,
    int MoreSources,
    IReadOnlyList<TopicView> Topics,
    IReadOnlyList<KindCountView> Kinds);

public sealed record KindCountView(string Kind, int Count);

public sealed record SourcesIndexView(IReadOnlyList<SourceSummaryView> Sources, IReadOnlyList<KindCountView> Kinds);

public sealed record ClaimsIndexView(IReadOnlyList<TopicView> Topics, IReadOnlyList<ClaimSummaryView> Untopical, IReadOnlyList<string> Stances);

public sealed record TagsIndexView(IReadOnlyList<TagView> Tags, IReadOnlyList<TopicView> Topics);
