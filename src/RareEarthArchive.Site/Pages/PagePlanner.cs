using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Site.Exports;
using RareEarthArchive.Site.Metadata;
using RareEarthArchive.Site.Outputs;
using RareEarthArchive.Site.Routing;
using RareEarthArchive.Site.Templating;
using RareEarthArchive.Site.Views;

namespace RareEarthArchive.Site.Pages;

/// <summary>Decides which pages the site has, with their URLs and models. Adding a page kind starts here.</summary>
public static class PagePlanner
{
    /// <summary>How many sources the home page lists before linking to the full index.</summary>
    public const int HomeSourceCount = 20;

    /// <summary>How many claims the home page shows as most contested.</summary>
    public const int HomeContestedCount = 6;

    /// <summary>Every page, in site order; each model is made when its page is rendered (<see cref="PageJob"/>).</summary>
    public static IReadOnlyList<PageJob> Plan(SiteModel site, SiteUrls urls, ViewFactory views)
    {
        var config = site.Config;
        var jobs = new List<PageJob>();
        var metadata = new PageMetadata(site, urls);
        void Add(PageKind kind, string title, string url, string description, Func<object?> model, string? outputPath = null,
            HtmlFragment? head = null, CiteView? cite = null) =>
            Made(kind, title, url, description, _ => model(), outputPath, head, cite);
        void Made(PageKind kind, string title, string url, string description, Func<IReadOnlyList<ProducedFile>, object?> model, string? outputPath = null,
            HtmlFragment? head = null, CiteView? cite = null) =>
            jobs.Add(new PageJob(kind, new PageMeta(title, url, urls.Absolute(url), description, config.Language, kind.Name,
                    head ?? metadata.Generic(title, url, description), cite), model,
                outputPath ?? urls.OutputPath(url)));

        var kinds = site.Sources.GroupBy(s => s.Source.Kind, StringComparer.Ordinal)
            .Select(g => new KindCountView(g.Key, g.Count())).OrderBy(k => k.Kind, StringComparer.Ordinal).ToList();
        var newestFirst = views.AllSources.OrderByDescending(s => s.Published ?? "", StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();

        Add(PageKind.Home, config.Title, urls.Home, config.Description,
            () => new HomeView(views.MostContested(HomeContestedCount), [.. newestFirst.Take(HomeSourceCount)],
                Math.Max(0, newestFirst.Count - HomeSourceCount), views.Topics(), kinds));
        Add(PageKind.Sources, "Sources", urls.Sources, $"The {site.Sources.Length} archived sources of {config.Title}.",
            () => new SourcesIndexView(newestFirst, kinds));
        foreach (var source in site.Sources)
        {
            var s = source.Source;
            var sourceDescription = $"{s.Publisher}, {s.Kind}: the archived text with its annotations.";
            Add(PageKind.Source, s.Title, urls.Source(s.Id), sourceDescription, () => views.SourcePage(source),
                head: metadata.SourceHead(source, sourceDescription), cite: metadata.SourceCite(source));
        }
        Add(PageKind.Claims, "Claims", urls.Claims, $"The {site.Claims.Length} claims of {config.Title}, compared across sources.",
            () => new ClaimsIndexView(views.Topics(), views.ClaimsWithoutTopic(), [.. config.Vocabularies.Stances]));
        foreach (var claim in site.Claims)
        {
            var claimDescription = $"How the sources state, support, qualify or dispute: {claim.Claim.Statement}";
            Add(PageKind.Claim, claim.Claim.Statement, urls.Claim(claim.Id), claimDescription, () => views.ClaimPage(claim),
                head: metadata.ClaimHead(claim, claimDescription), cite: metadata.ClaimCite(claim));
        }
        foreach (var origin in site.Origins)
        {
            Add(PageKind.Origin, $"Origin: {origin.Origin.Name}", urls.Origin(origin.Id),
                $"What the archive holds that traces to {origin.Origin.Name}, claim by claim.", () => views.OriginPage(origin));
        }
        var tags = views.Tags();
        var topics = views.Topics();
        Add(PageKind.Tags, "Tags and topics", urls.Tags, "Every tag and topic of the archive.", () => new TagsIndexView(tags, topics));
        foreach (var tag in tags)
        {
            Add(PageKind.Tag, $"Tag: {tag.Tag}", tag.Url, $"Sources and claims tagged {tag.Tag}.", () => tag);
        }
        foreach (var topic in topics)
        {
            Add(PageKind.Topic, topic.Title, topic.Url, $"Claims about {topic.Title}.", () => topic);
        }
        Add(PageKind.Search, "Search", urls.Search, $"Search the sources, claims and annotations of {config.Title}.", () => null);
        Made(PageKind.Downloads, "Downloads", urls.Downloads, $"The data of {config.Title}, for reuse.", produced => DownloadsView.Create(produced, urls));
        Add(PageKind.NotFound, "Page not found", urls.BasePath + "404.html", "There is no page at this address.", () => null, outputPath: "404.html");
        return jobs;
    }
}
