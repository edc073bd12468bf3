using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using RareEarthArchive.Site.Theming;

namespace RareEarthArchive.Site.Templating;

/// <summary>
/// Resolves <c>{{ include 'name' }}</c> to <c>partials/name.html</c> of the theme. The parsed partials are
/// put into each context's cache up front (see <see cref="TemplateRenderer"/>), so Load is only reached for
/// a partial that does not exist, which then fails with Scriban's positioned error.
/// </summary>
internal sealed class ThemeTemplateLoader(Theme theme) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => $"partials/{templateName}.html";

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"the theme '{theme.Name}' has no template {templatePath}");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
