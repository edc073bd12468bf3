namespace RareEarthArchive.Site.Theming;

/// <summary>
/// A template of the theme's <c>layouts/</c> folder, by name. Page layouts come from <see cref="Pages.PageKind"/>;
/// the three here are the frame every page goes through and the chrome rendered once per build.
/// </summary>
public sealed record ThemeLayout(string Name)
{
    /// <summary><c>layouts/layout.html</c>: the HTML document around every page's content.</summary>
    public static readonly ThemeLayout Frame = new("layout");

    /// <summary><c>layouts/header.html</c>, rendered once per build and handed to every page.</summary>
    public static readonly ThemeLayout Header = new("header");

    /// <summary><c>layouts/footer.html</c>, rendered once per build and handed to every page.</summary>
    public static readonly ThemeLayout Footer = new("footer");

    /// <summary>The template's path relative to the theme folder.</summary>
    public string Path => $"layouts/{Name}.html";

    /// <summary>Every layout a theme must have (a site theme may take any of them from the built-in one).</summary>
    public static IReadOnlyList<ThemeLayout> Required { get; } =
        [Frame, .. Pages.PageKind.All.Select(k => k.Layout), Header, Footer];
}
