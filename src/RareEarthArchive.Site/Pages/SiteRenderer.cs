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
    /// <summary>What the header and footer see as <c>page.kind</c>: they are rendered once, for no page in particular.</summary>
    private const string ChromeKind = "chrome";

    private static readonly HtmlIncludeFunction IncludeFunction = new();
    private readonly TemplateRenderer _templates = new(theme, diagnostics);
    private Func<string, string> _assetUrl = name => throw new InvalidOperationException("assets are known once rendering starts");

    /// <summary>
    /// Renders every planned page into <paramref name="sink"/> as soon as it is made (so no page is held until the
    /// write); a page whose template failed is reported and left out.
    /// </summary>
    /// <param name="produced">The files the producers made; a page's model may describe them (the downloads page).</param>
    internal void Render(SiteOutputContext context, int maxParallelism, IReadOnlyList<ProducedFile> produced, OutputSink sink)
    {
        _assetUrl = new AssetUrls(theme.Assets, context.Urls).Url;
        var siteView = SiteViewWithChrome(context.Site, context.Urls, context.BuildTime);
        if (siteView is null)
        {
            return;
        }
        var jobs = context.Pages;
        sink.ExpectPages(jobs.Count);
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i =>
        {
            var job = jobs[i];
            if (RenderPage(job, job.Model(produced), siteView) is { } html)
            {
                sink.Page(i, OutputFile.Text(job.OutputPath, html));
            }
        });
    }

    private string? RenderPage(PageJob job, object? model, SiteView site)
    {
        var content = _templates.Render(job.Kind.Layout, Globals(site, job.Meta, model, null));
        return content is null ? null : _templates.Render(ThemeLayout.Frame, Globals(site, job.Meta, model, new HtmlFragment(content)));
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
        var meta = new PageMeta(config.Title, urls.Home, urls.Absolute(urls.Home), config.Description, config.Language, ChromeKind);
        var header = _templates.Render(ThemeLayout.Header, Globals(view, meta, null, null));
        var footer = _templates.Render(ThemeLayout.Footer, Globals(view, meta, null, null));
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
