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

    /// <param name="produced">The files the build's producers made (search index, exports), for the downloads page.</param>
    public static IReadOnlyList<PageJob> Plan(SiteModel site, SiteUrls urls, ViewFactory views, IReadOnlyList<OutputFile> produced)
    {
        var config = site.Config;
        var jobs = new List<PageJob>();
        var metadata = new PageMetadata(site, urls);
        void Add(string layout, string title, string url, string description, object? model, string? language = null, string? outputPath = null,
            HtmlFragment? head = null, CiteView? cite = null) =>
            jobs.Add(new PageJob(layout, new PageMeta(title, url, urls.Absolute(url), description, language ?? config.Language, layout,
                    head ?? metadata.Generic(title, url, description), cite), model,
                outputPath ?? urls.OutputPath(url)));

        var kinds = site.Sources.GroupBy(s => s.Source.Kind, StringComparer.Ordinal)
            .Select(g => new KindCountView(g.Key, g.Count())).OrderBy(k => k.Kind, StringComparer.Ordinal).ToList();
        var newestFirst = views.AllSources.OrderByDescending(s => s.Published ?? "", StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();

        Add("home", config.Title, urls.Home, config.Description,
            new HomeView(views.MostContested(HomeContestedCount), [.. newestFirst.Take(HomeSourceCount)],
                Math.Max(0, newestFirst.Count - HomeSourceCount), views.Topics(), kinds));
        Add("sources", "Sources", urls.Sources, $"The {site.Sources.Length} archived sources of {config.Title}.",
            new SourcesIndexView(newestFirst, kinds));
        foreach (var source in site.Sources)
        {
            var s = source.Source;
            var sourceDescription = $"{s.Publisher}, {s.Kind}: the archived text with its annotations.";
            Add("source", s.Title, urls.Source(s.Id), sourceDescription, views.SourcePage(source),
                head: metadata.SourceHead(source, sourceDescription), cite: metadata.SourceCite(source));
        }
        Add("claims", "Claims", urls.Claims, $"The {site.Claims.Length} claims of {config.Title}, compared across sources.",
            new ClaimsIndexView(views.Topics(), views.ClaimsWithoutTopic(), [.. config.Vocabularies.Stances]));
        foreach (var claim in site.Claims)
        {
            var claimDescription = $"How the sources state, support, qualify or dispute: {claim.Claim.Statement}";
            Add("claim", claim.Claim.Statement, urls.Claim(claim.Id), claimDescription, views.ClaimPage(claim),
                head: metadata.ClaimHead(claim, claimDescription), cite: metadata.ClaimCite(claim));
        }
        foreach (var origin in site.Origins)
        {
            Add("origin", $"Origin: {origin.Origin.Name}", urls.Origin(origin.Id),
                $"What the archive holds that traces to {origin.Origin.Name}, claim by claim.", views.OriginPage(origin));
        }
        var tags = views.Tags();
        var topics = views.Topics();
        Add("tags", "Tags and topics", urls.Tags, "Every tag and topic of the archive.", new TagsIndexView(tags, topics));
        foreach (var tag in tags)
        {
            Add("tag", $"Tag: {tag.Tag}", tag.Url, $"Sources and claims tagged {tag.Tag}.", tag);
        }
        foreach (var topic in topics)
        {
            Add("topic", topic.Title, topic.Url, $"Claims about {topic.Title}.", topic);
        }
        Add("search", "Search", urls.Search, $"Search the sources, claims and annotations of {config.Title}.", null);
        Add("downloads", "Downloads", urls.Downloads, $"The data of {config.Title}, for reuse.", DownloadsView.Create(produced, urls));
        Add("not-found", "Page not found", urls.BasePath + "404.html", "There is no page at this address.", null, outputPath: "404.html");
        return jobs;
    }
}
