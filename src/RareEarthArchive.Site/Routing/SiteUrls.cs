namespace RareEarthArchive.Site.Routing;

/// <summary>
/// Every URL the site links to, in one place. Internal links are absolute paths under the base path
/// (<c>/RareEarthArchive/claims/x/</c>), so they work at any depth (404.html included) and never escape
/// the base path; <see cref="Absolute"/> gives full URLs for feeds, sitemaps and canonical links.
/// </summary>
public sealed class SiteUrls(Uri baseUrl)
{
    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>The base path, always starting and ending with '/'.</summary>
    public string BasePath { get; } = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";

    public string Home => BasePath;
    public string Sources => BasePath + "sources/";
    public string Claims => BasePath + "claims/";
    public string Tags => BasePath + "tags/";
    public string Search => BasePath + "search/";
    public string Downloads => BasePath + "downloads/";
    public string Feed => BasePath + "feed.xml";

    public string Source(string id) => $"{BasePath}sources/{id}/";
    public string Passage(string sourceId, string anchorId) => $"{BasePath}sources/{sourceId}/#{anchorId}";
    public string Claim(string id) => $"{BasePath}claims/{id}/";
    public string Tag(string tag) => $"{BasePath}tags/{tag}/";
    public string Origin(string id) => $"{BasePath}origins/{id}/";
    public string TopicPage(string topic) => $"{BasePath}topics/{topic}/";
    public string Asset(string path) => $"{BasePath}assets/{path}";

    /// <summary>The full URL of a site path produced by this class.</summary>
    public string Absolute(string sitePath) => new Uri(BaseUrl, sitePath).AbsoluteUri;

    /// <summary>The output file for a page URL: <c>/base/claims/x/</c> → <c>claims/x/index.html</c>.</summary>
    public string OutputPath(string pageUrl)
    {
        var relative = pageUrl[BasePath.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
