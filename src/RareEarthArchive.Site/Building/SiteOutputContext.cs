using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Site.Pages;
using RareEarthArchive.Site.Routing;
using RareEarthArchive.Site.Theming;

namespace RareEarthArchive.Site.Building;

/// <summary>
/// What the render phase works from: the assembled model, its URLs, the loaded theme, the build time (only from
/// SOURCE_DATE_EPOCH) and the planned pages, so a producer can list them (the sitemap) without rendering them.
/// </summary>
public sealed record SiteOutputContext(SiteModel Site, SiteUrls Urls, Theme Theme, DateTimeOffset? BuildTime, IReadOnlyList<PageJob> Pages);
