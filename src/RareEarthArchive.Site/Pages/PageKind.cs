using RareEarthArchive.Site.Theming;

namespace RareEarthArchive.Site.Pages;

/// <summary>
/// Every kind of page the site has, declared once: its name is the layout it is rendered with
/// (<c>layouts/&lt;name&gt;.html</c>, required of every theme) and what templates see as <c>page.kind</c>.
/// Adding a page kind starts here (ARCHITECTURE.md, "Where to add a page kind").
/// </summary>
public sealed class PageKind
{
    public static readonly PageKind Home = new("home");
    public static readonly PageKind Sources = new("sources");
    public static readonly PageKind Source = new("source");
    public static readonly PageKind Claims = new("claims");
    public static readonly PageKind Claim = new("claim");
    public static readonly PageKind Origin = new("origin");
    public static readonly PageKind Tags = new("tags");
    public static readonly PageKind Tag = new("tag");
    public static readonly PageKind Topic = new("topic");
    public static readonly PageKind Search = new("search");
    public static readonly PageKind Downloads = new("downloads");

    /// <summary>404.html: served for any missing address, so it is no page of its own to crawlers.</summary>
    public static readonly PageKind NotFound = new("not-found", inSitemap: false);

    public static IReadOnlyList<PageKind> All { get; } =
        [Home, Sources, Source, Claims, Claim, Origin, Tags, Tag, Topic, Search, Downloads, NotFound];

    private PageKind(string name, bool inSitemap = true)
    {
        Name = name;
        InSitemap = inSitemap;
        Layout = new ThemeLayout(name);
    }

    /// <summary>What templates see as <c>page.kind</c> (and the body's <c>page-&lt;kind&gt;</c> class).</summary>
    public string Name { get; }

    public ThemeLayout Layout { get; }

    /// <summary>Whether the page is listed in sitemap.xml.</summary>
    public bool InSitemap { get; }

    public override string ToString() => Name;
}
