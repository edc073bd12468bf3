using System.Collections.Immutable;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Core.Yaml;

namespace RareEarthArchive.Core.Loading;

/// <summary>
/// The load phase: reads site.config.yml and every file under content/ into typed records. Files are read
/// in ordinal order of their paths, so the result never depends on the file system's enumeration order.
/// </summary>
public static class ArchiveLoader
{
    public const string ContentFolder = "content";
    public const string SourcesFolder = "content/sources";
    public const string ClaimsFolder = "content/claims";

    /// <returns>Everything that loaded; <see cref="LoadedArchive.Config"/> is null when the config could not be read (problems are in the bag).</returns>
    public static LoadedArchive Load(string siteDirectory, DiagnosticBag diagnostics)
    {
        var config = SiteConfigReader.Read(siteDirectory, diagnostics);
        // Read content even with a broken config, so one run reports every problem; vocabularies are then unchecked.
        var vocabularies = config?.Vocabularies ?? Vocabularies.Empty;
        // One listing of content/: links and special files are reported once, here, and never read.
        var files = SiteFiles.List(siteDirectory, ContentFolder, recursive: true, diagnostics);
        var (sources, unloadedSources) = ReadFolder(siteDirectory, files, SourcesFolder, diagnostics, f => SourceReader.Read(f, vocabularies, diagnostics));
        var (claims, unloadedClaims) = ReadFolder(siteDirectory, files, ClaimsFolder, diagnostics, f => ClaimReader.Read(f, vocabularies, diagnostics));
        ReportStrayFiles(files, diagnostics);
        return new LoadedArchive(config, sources, claims, siteDirectory) { Unloaded = new UnloadedFiles(unloadedSources, unloadedClaims) };
    }

    /// <summary>Reads and splits one content file; null after reporting why it cannot be used.</summary>
    public static ContentFile? ReadContentFile(string fullPath, string relativePath, DiagnosticBag diagnostics)
    {
        var text = TextFile.Read(fullPath, relativePath, diagnostics);
        return text is null ? null : ParseContentFile(text, relativePath, diagnostics);
    }

    public static ContentFile? ParseContentFile(string text, string relativePath, DiagnosticBag diagnostics)
    {
        var frontMatter = FrontMatter.Split(text);
        if (frontMatter is null)
        {
            diagnostics.Error(SourceLocation.FileStart(relativePath), DiagnosticCodes.MissingFrontMatter,
                "the file must start with a '---' line, then YAML front matter, then a closing '---' line");
            return null;
        }
        var root = YamlTreeReader.Read(frontMatter.Yaml, relativePath, frontMatter.YamlFirstLine, diagnostics);
        var stem = Path.GetFileNameWithoutExtension(relativePath);
        return root is null ? null : new ContentFile(relativePath, stem, root, frontMatter.Body, frontMatter.BodyFirstLine);
    }

    /// <returns>The items that loaded, and the ids (file names) of the files that did not.</returns>
    private static (ImmutableArray<T> Items, ImmutableHashSet<string> Unloaded) ReadFolder<T>(string siteDirectory, IReadOnlyList<string> files,
        string folder, DiagnosticBag diagnostics, Func<ContentFile, T?> read)
        where T : class
    {
        var results = ImmutableArray.CreateBuilder<T>();
        var unloaded = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var relative in files.Where(f => IsFormatFile(f, folder)))
        {
            if (ReadContentFile(Path.Combine(siteDirectory, relative), relative, diagnostics) is { } file && read(file) is { } item)
            {
                results.Add(item);
            }
            else
            {
                unloaded.Add(Path.GetFileNameWithoutExtension(relative));
            }
        }
        return (results.ToImmutable(), unloaded.ToImmutable());
    }

    private static bool IsFormatFile(string relative, string folder) =>
        relative.StartsWith(folder + "/", StringComparison.Ordinal) && relative.IndexOf('/', folder.Length + 1) < 0
        && relative.EndsWith(".md", StringComparison.Ordinal);

    /// <summary>A file under content/ that is neither a source nor a claim is most often a misnamed folder or extension.</summary>
    private static void ReportStrayFiles(IReadOnlyList<string> files, DiagnosticBag diagnostics)
    {
        foreach (var relative in files.Where(f => !IsFormatFile(f, SourcesFolder) && !IsFormatFile(f, ClaimsFolder)))
        {
            diagnostics.Error(SourceLocation.FileStart(relative), DiagnosticCodes.UnexpectedFile,
                $"'{relative}' is not part of the content format: sources go in {SourcesFolder}/<id>.md, claims in {ClaimsFolder}/<id>.md");
        }
    }
}
