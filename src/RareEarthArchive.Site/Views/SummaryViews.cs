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
    string? CommercialInterest,
    string Language,
    int AnnotationCount,
    IReadOnlyList<string> Tags);

/// <summary>A claim as lists and cards show it.</summary>
public sealed record ClaimSummaryView(
    string Id,
    string Url,
    string Statement,
    string? Topic,
    string? TopicTitle,
    string? TopicUrl,
    int SourceCount,
    int AnnotationCount,
    IReadOnlyList<StanceCountView> Tally,
    int ContestScore,
    int OriginCount,
    bool HasQuantity,
    bool HasReview);

/// <summary>How many passages take one stance; <see cref="Text"/> says it ("1 supports", "3 support").</summary>
public sealed record StanceCountView(string Stance, int Count, string Text);

public sealed record LinkView(string Url, string Label);
