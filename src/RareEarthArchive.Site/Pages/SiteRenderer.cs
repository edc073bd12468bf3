using System.Globalization;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Text;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Outputs;
using RareEarthArchive.Site.Routing;
using RareEarthArchive.Site.Templating;
using RareEarthArchive.Site.Theming;
using RareEarthArchive.Site.Views;
using Scriban.Runtime;

namespace RareEarthArchive.Site.Pages;

/// <summary>
/// The render phase: every page through its layout, then through <c>layouts/layout.html</c>. The shared
/// header and footer are rendered once per build and handed to every page as finished HTML.
/// </summary>
public sealed class SiteRenderer(Theme theme, DiagnosticBag diagnostics)
{
    private static readonly HtmlIncludeFunction IncludeFunction = new();
    private readonly TemplateRenderer _templates = new(theme, diagnostics);
    private Func<string, string> _assetUrl = name => throw new InvalidOperationException("assets are known once rendering starts");

    /// <param name="produced">The files the producers already made; the downloads page lists them.</param>
    public IReadOnlyList<OutputFile> Render(SiteModel site, SiteUrls urls, DateTimeOffset? buildTime, int maxParallelism, IReadOnlyList<OutputFile> produced)
    {
        diagnostics.Phase = BuildPhase.Render;
        var views = new ViewFactory(site, urls);
        _assetUrl = new AssetUrls(theme.Assets, urls).Url;
        var siteView = SiteViewWithChrome(site, urls, buildTime);
        if (siteView is null)
        {
            return [];
        }
        var jobs = PagePlanner.Plan(site, urls, views, produced);
        var pages = new OutputFile?[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i =>
        {
            var job = jobs[i];
            pages[i] = RenderPage(job, siteView) is { } html ? OutputFile.Text(job.OutputPath, html) : null;
        });

        var outputs = new List<OutputFile>(pages.OfType<OutputFile>());
        outputs.AddRange(theme.Assets.Select(a => new OutputFile(a.RelativePath, a.Content)));
        outputs.Add(SitemapWriter.Write(jobs.Where(j => j.Layout != "not-found").Select(j => j.Meta.CanonicalUrl)));
        outputs.Add(AtomFeedWriter.Write(site, urls, buildTime));
        outputs.Add(OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {urls.Absolute(urls.BasePath + "sitemap.xml")}\n"));
        // GitHub Pages runs Jekyll unless told not to; Jekyll would drop files and folders starting with '_'.
        outputs.Add(OutputFile.Text(".nojekyll", ""));
        return outputs;
    }

    private string? RenderPage(PageJob job, SiteView site)
    {
        var content = _templates.Render(job.Layout, Globals(site, job.Meta, job.Model, null));
        return content is null ? null : _templates.Render("layout", Globals(site, job.Meta, job.Model, new HtmlFragment(content)));
    }

    private SiteView? SiteViewWithChrome(SiteModel site, SiteUrls urls, DateTimeOffset? buildTime)
    {
        var config = site.Config;
        var view = new SiteView(config.Title, config.Description, urls.BaseUrl.AbsoluteUri, urls.BasePath, config.Language,
            site.Sources.Length, site.Claims.Length, site.AnnotationCount,
            urls.Home, urls.Sources, urls.Claims, urls.Tags, urls.Search, urls.Downloads, urls.Feed,
            _assetUrl("site.css"), _assetUrl("site.js"),
            buildTime?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            ToolVersion.Generator, HtmlFragment.Empty, HtmlFragment.Empty);
        var meta = new PageMeta(config.Title, urls.Home, urls.Absolute(urls.Home), config.Description, config.Language, "chrome");
        var header = _templates.Render("header", Globals(view, meta, null, null));
        var footer = _templates.Render("footer", Globals(view, meta, null, null));
        return header is null || footer is null ? null : view with { Header = new HtmlFragment(header), Footer = new HtmlFragment(footer) };
    }

    private ScriptObject Globals(SiteView site, PageMeta page, object? model, HtmlFragment? content)
    {
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = page,
            ["model"] = model,
            ["content"] = content,
            ["include"] = IncludeFunction,
        };
        globals.Import("asset", _assetUrl);
        // {{ plural n "claim" }} is "2 claims", {{ plural_word n "claim" }} is "claims" (English, as the built-in theme is).
        globals.Import(typeof(Plural), ScriptMemberImportFlags.Method, m => m.Name is nameof(Plural.Count) or nameof(Plural.Word),
            m => m.Name == nameof(Plural.Count) ? "plural" : "plural_word");
        return globals;
    }
}
