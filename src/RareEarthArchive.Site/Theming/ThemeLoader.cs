using System.Collections.Frozen;
using System.Text;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Model;
using Scriban;

namespace RareEarthArchive.Site.Theming;

/// <summary>Finds a site's theme, parses every template once and reports template errors with their positions.</summary>
public static class ThemeLoader
{
    public static Theme? Load(string siteDirectory, string themeName, DiagnosticBag diagnostics)
    {
        if (!Slug.IsValid(themeName))
        {
            // A name, not a path: 'theme: /etc' or 'theme: ../..' would publish a folder from outside the site.
            diagnostics.Error(SourceLocation.FileStart("site.config.yml"), DiagnosticCodes.ThemeMissing,
                $"the theme '{themeName}' must be the name of a folder in themes/ (lower-case letters, digits and hyphens), not a path");
            return null;
        }
        var builtIn = ThemeFiles.BuiltIn();
        var site = ThemeFiles.FromSite(siteDirectory, themeName, diagnostics);
        if (site is null && themeName != ThemeFiles.DefaultThemeName)
        {
            diagnostics.Error(SourceLocation.FileStart("site.config.yml"), DiagnosticCodes.ThemeMissing,
                $"the theme '{themeName}' has no folder themes/{themeName}/ (only the built-in theme '{ThemeFiles.DefaultThemeName}' needs none)");
            return null;
        }
        var files = site is null ? builtIn : ThemeFiles.Layer(site, builtIn);

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal) && !f.RelativePath.StartsWith("assets/", StringComparison.Ordinal)))
        {
            var text = Encoding.UTF8.GetString(file.Content).Replace("\r\n", "\n", StringComparison.Ordinal);
            var template = Template.Parse(text, file.DisplayPath);
            foreach (var message in template.Messages)
            {
                // Scriban positions are 0-based; ours are 1-based like every other diagnostic.
                var location = new SourceLocation(file.DisplayPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1);
                if (message.Type == Scriban.Parsing.ParserMessageType.Error)
                {
                    diagnostics.Error(location, DiagnosticCodes.TemplateSyntax, message.Message);
                }
                else
                {
                    diagnostics.Warning(location, DiagnosticCodes.TemplateSyntax, message.Message);
                }
            }
            templates[file.RelativePath] = template;
        }
        foreach (var layout in ThemeLayout.Required.Where(l => !templates.ContainsKey(l.Path)))
        {
            diagnostics.Error(SourceLocation.FileStart($"themes/{themeName}/{layout.Path}"), DiagnosticCodes.ThemeMissing,
                $"the theme has no template {layout.Path}");
        }
        var assets = files.Where(f => f.RelativePath.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        return diagnostics.HasErrors ? null : new Theme(themeName, templates.ToFrozenDictionary(StringComparer.Ordinal), assets);
    }
}
