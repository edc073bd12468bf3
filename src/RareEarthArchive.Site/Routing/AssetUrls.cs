using System.Collections.Frozen;
using System.Security.Cryptography;
using RareEarthArchive.Site.Theming;

namespace RareEarthArchive.Site.Routing;

/// <summary>
/// URLs of the theme's files with a content hash (<c>/base/assets/site.css?v=1a2b3c4d5e</c>). GitHub Pages
/// serves every file with a ten-minute cache, so without it a reader can get a new page with an old
/// stylesheet for ten minutes after a deployment. The hash depends only on the bytes, so builds stay
/// deterministic. Templates call it as <c>{{ asset "site.css" }}</c>; an unknown name is a template error.
/// </summary>
public sealed class AssetUrls
{
    private const string Folder = "assets/";
    private readonly FrozenDictionary<string, string> _urls;

    public AssetUrls(IEnumerable<ThemeFile> assets, SiteUrls urls)
    {
        _urls = assets
            .Where(a => a.RelativePath.StartsWith(Folder, StringComparison.Ordinal))
            .ToFrozenDictionary(
                a => a.RelativePath[Folder.Length..],
                a => $"{urls.Asset(a.RelativePath[Folder.Length..])}?v={Convert.ToHexStringLower(SHA256.HashData(a.Content))[..10]}",
                StringComparer.Ordinal);
    }

    public string Url(string name) =>
        _urls.TryGetValue(name, out var url) ? url : throw new ArgumentException($"the theme has no file assets/{name}", nameof(name));
}
