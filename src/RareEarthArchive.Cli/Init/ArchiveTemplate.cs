using System.Text;
using System.Text.RegularExpressions;
using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Exports;

namespace RareEarthArchive.Cli.Init;

/// <summary>
/// The files of a new archive, from the embedded folder <c>Init/Template/</c>: a path segment <c>dot-x</c> becomes
/// <c>.x</c> (so the template's own .gitignore and .github never act on this repository), and each
/// <c>@@name@@</c> is filled in one pass, so a title that contains <c>@@version@@</c> stays as typed.
/// </summary>
internal static partial class ArchiveTemplate
{
    private const string Prefix = "init/";

    public const string DefaultTitle = "An annotated archive";

    /// <summary>Every file, by path relative to the archive's folder (with '/'), in ordinal order.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string title)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = title,
            ["title_yaml"] = QuoteYaml.Scalar(title),
            ["description_yaml"] = QuoteYaml.Scalar("Documents kept word for word, their claims compared quote by quote."),
            ["version"] = ToolVersion.Value,
            ["package_id"] = ToolIdentity.PackageId,
            ["action"] = ToolIdentity.Action,
            ["repository_url"] = ToolIdentity.RepositoryUrl,
            ["licence_quotes"] = Licences.Quotes,
            ["licence_annotations"] = Licences.Annotations,
        };
        var assembly = typeof(ArchiveTemplate).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => (Path: TargetPath(n[Prefix.Length..]), Text: Fill(Read(assembly, n), values)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static string TargetPath(string resource) =>
        string.Join('/', resource.Replace('\\', '/').Split('/').Select(s => s.StartsWith("dot-", StringComparison.Ordinal) ? "." + s[4..] : s));

    private static string Read(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"the init template names an unknown value @@{m.Groups[1].Value}@@"));

    [GeneratedRegex("@@([a-z_]+)@@")]
    private static partial Regex Placeholder();
}
