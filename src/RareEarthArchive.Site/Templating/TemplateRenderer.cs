using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Theming;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RareEarthArchive.Site.Templating;

/// <summary>
/// Renders a theme's parsed templates. One <see cref="TemplateContext"/> per render (contexts are not
/// thread-safe); templates and partials are parsed once by <see cref="ThemeLoader"/> and shared.
/// </summary>
public sealed class TemplateRenderer(Theme theme, DiagnosticBag diagnostics)
{
    // Scriban's defaults (1000 loop iterations, cumulative across nested loops) are sized for user scripts,
    // not for a site generator's index pages; these are large but finite.
    private const int LoopLimit = 10_000_000;
    // A page (or one value in it) past 64 Mi characters is an error at the template position, never a page
    // silently cut: Scriban's default for both limits is to truncate with an ellipsis.
    public const int PageLimit = 64 * 1024 * 1024;

    /// <summary>Renders <c>layouts/{name}.html</c> with the given globals; null after reporting a template error.</summary>
    public string? Render(ThemeLayout layout, ScriptObject globals)
    {
        var template = theme.Layout(layout);
        var context = new HtmlTemplateContext
        {
            TemplateLoader = new ThemeTemplateLoader(theme),
            LoopLimit = LoopLimit,
            LimitToString = PageLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = PageLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            NewLine = "\n",
            StrictVariables = true,
            EnableRelaxedMemberAccess = true,
        };
        foreach (var (path, partial) in theme.Templates)
        {
            if (path.StartsWith("partials/", StringComparison.Ordinal))
            {
                context.CachedTemplates[path] = partial;
            }
        }
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            // Keep Scriban's position: the template file, line and column of the failing expression.
            var span = e.Span;
            var path = string.IsNullOrEmpty(span.FileName) ? layout.Path : span.FileName;
            diagnostics.Error(new SourceLocation(path, span.Start.Line + 1, span.Start.Column + 1), DiagnosticCodes.TemplateRuntime, e.OriginalMessage);
            return null;
        }
    }
}
