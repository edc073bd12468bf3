namespace RareEarthArchive.Site.Theming;

/// <summary>One file of a theme. <see cref="DisplayPath"/> is what diagnostics print (relative to the site folder, or the built-in theme's name).</summary>
public sealed record ThemeFile(string RelativePath, string DisplayPath, byte[] Content);
