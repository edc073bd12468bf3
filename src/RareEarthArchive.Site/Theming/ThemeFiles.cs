using System.Reflection;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;

namespace RareEarthArchive.Site.Theming;

/// <summary>Where theme files come from: the built-in default theme (embedded in the tool) and a site's own themes/ folder.</summary>
public static class ThemeFiles
{
    public const string DefaultThemeName = "default";
    private const string ResourcePrefix = "theme/default/";

    /// <summary>The built-in theme, read from the assembly's resources, in ordinal path order.</summary>
    public static IReadOnlyList<ThemeFile> BuiltIn() => BuiltInFiles.Value;

    private static readonly Lazy<IReadOnlyList<ThemeFile>> BuiltInFiles = new(() =>
    {
        var assembly = typeof(ThemeFiles).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                var relative = name[ResourcePrefix.Length..];
                return new ThemeFile(relative, $"(built-in theme)/{relative}", memory.ToArray());
            })];
    });

    /// <summary>
    /// The files of <c>themes/&lt;name&gt;/</c> in a site folder, or null when that folder does not exist. Read
    /// through <see cref="SiteFiles"/>: links and special files are reported, never followed or opened.
    /// </summary>
    public static IReadOnlyList<ThemeFile>? FromSite(string siteDirectory, string themeName, DiagnosticBag diagnostics)
    {
        var folder = $"themes/{themeName}";
        if (FileKinds.Of(Path.Combine(siteDirectory, "themes")) == FileKind.Missing || FileKinds.Of(Path.Combine(siteDirectory, folder)) == FileKind.Missing)
        {
            return null;
        }
        var files = new List<ThemeFile>();
        foreach (var relative in SiteFiles.List(siteDirectory, folder, recursive: true, diagnostics))
        {
            if (SiteFiles.Read(Path.Combine(siteDirectory, relative), relative, diagnostics) is { } bytes)
            {
                files.Add(new ThemeFile(relative[(folder.Length + 1)..], relative, bytes));
            }
        }
        return files;
    }

    /// <summary>Site files override built-in files of the same path; the rest of the built-in theme stays available.</summary>
    public static IReadOnlyList<ThemeFile> Layer(IReadOnlyList<ThemeFile> over, IReadOnlyList<ThemeFile> under)
    {
        var paths = over.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        return [.. over.Concat(under.Where(f => !paths.Contains(f.RelativePath))).OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }
}
