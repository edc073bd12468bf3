using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Outputs;

namespace RareEarthArchive.Tests.Support;

/// <summary>A site built in memory, with its HTML pages parsed by AngleSharp (pages are checked as documents, never by substring).</summary>
internal sealed class BuiltSite
{
    private static readonly HtmlParser Parser = new();
    private readonly Dictionary<string, IDocument> _documents = new(StringComparer.Ordinal);

    private readonly BuildResult? _result;

    public BuiltSite(BuildResult? result, IReadOnlyList<OutputFile> files, string basePath)
    {
        _result = result;
        Files = files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        BasePath = basePath;
    }

    public BuildResult Result => _result ?? throw new InvalidOperationException("this site was read from a folder, not built in memory");

    /// <summary>A site that <c>rea build</c> wrote to <paramref name="folder"/>, every file read back.</summary>
    public static BuiltSite FromFolder(string folder, string basePath) => new(null,
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => new OutputFile(Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f)))],
        basePath);

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public string BasePath { get; }

    public IEnumerable<string> HtmlPaths => Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static BuiltSite Build(string siteDirectory, string? baseUrl = null, SiteBuilder? builder = null)
    {
        var uri = baseUrl is null ? null : new Uri(baseUrl);
        var (result, files) = (builder ?? SiteBuilder.Create()).BuildInMemory(new BuildOptions(siteDirectory, BaseUrl: uri));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var basePath = uri?.AbsolutePath ?? "/";
        return new BuiltSite(result, files, basePath);
    }

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(Files[path]);

    public IDocument Page(string path)
    {
        lock (_documents)
        {
            if (!_documents.TryGetValue(path, out var document))
            {
                Assert.True(Files.ContainsKey(path), $"no output file {path}");
                document = Parser.ParseDocument(Text(path));
                _documents[path] = document;
            }
            return document;
        }
    }

    /// <summary>The output file a site URL points to (query and fragment dropped), or null for an external URL.</summary>
    public string? FileFor(string url)
    {
        var path = url.Split('#')[0].Split('?')[0];
        if (!path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return null;
        }
        var relative = Uri.UnescapeDataString(path[BasePath.Length..]);
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
