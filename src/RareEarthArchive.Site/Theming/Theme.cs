using System.Collections.Frozen;
using Scriban;

namespace RareEarthArchive.Site.Theming;

/// <summary>
/// A loaded theme: every template parsed once (layouts/*.html and partials/*.html), and the static files
/// under assets/. Immutable and shared by all render threads; a parsed Scriban template is reusable.
/// </summary>
public sealed class Theme(string name, FrozenDictionary<string, Template> templates, IReadOnlyList<ThemeFile> assets)
{
    public string Name { get; } = name;

    /// <summary>Parsed templates by path relative to the theme folder, e.g. <c>layouts/source.html</c>.</summary>
    public FrozenDictionary<string, Template> Templates { get; } = templates;

    /// <summary>Files copied as they are, by path relative to the theme folder (<c>assets/…</c>).</summary>
    public IReadOnlyList<ThemeFile> Assets { get; } = assets;

    public Template Layout(ThemeLayout layout) => Templates[layout.Path];
}
