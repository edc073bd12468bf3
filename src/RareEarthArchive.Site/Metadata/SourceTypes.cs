namespace RareEarthArchive.Site.Metadata;

/// <summary>
/// How a source's <c>kind</c> (from the site's vocabulary) maps onto the types of schema.org and CSL. Kinds are
/// configurable, so an unknown kind falls back to the most general type rather than guessing.
/// </summary>
public static class SourceTypes
{
    /// <summary>A schema.org type: the Article family where the kind says it is an article, else CreativeWork.</summary>
    public static string SchemaOrg(string kind) => kind switch
    {
        "news" => "NewsArticle",
        "analysis" => "AnalysisNewsArticle",
        "opinion" => "OpinionNewsArticle",
        "vendor-blog" => "BlogPosting",
        "explainer" or "aggregator" => "Article",
        _ => "CreativeWork",
    };

    /// <summary>A CSL 1.0.2 item type.</summary>
    public static string Csl(string kind) => kind switch
    {
        "news" or "opinion" => "article-newspaper",
        "analysis" or "explainer" => "article",
        "vendor-blog" => "post-weblog",
        "official" => "document",
        _ => "webpage",
    };

    /// <summary>The Open Graph type of a source page.</summary>
    public const string OpenGraphArticle = "article";
}
