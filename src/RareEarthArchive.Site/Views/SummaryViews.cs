namespace RareEarthArchive.Site.Views;

/// <summary>A source as lists and cards show it.</summary>
public sealed record SourceSummaryView(
    string Id,
    string Url,
    string Title,
    string Publisher,
    string? Author,
    string? Published,
    string Kind,
    string? Perspective,
    string Language,
    int AnnotationCount,
    IReadOnlyList<string> Tags);

/// <summary>A claim as lists and cards show it.</summary>
public sealed record ClaimSummaryView(
    string Id,
    string Url,
    string Statement,
    string? Topic,
    string? TopicUrl,
    int SourceCount,
    int AnnotationCount,
    IReadOnlyList<StanceCountView> Tally,
    int ContestScore,
    int OriginCount,
    bool HasQuantity,
    bool HasReview);

public sealed record StanceCountView(string Stance, int Count);

public sealed record LinkView(string Url, string Label);
