using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Robustness;

/// <summary>
/// Bad input gets a diagnostic, never an exception: every real content file, mutated at random (fixed seed)
/// with the characters that matter to YAML and Markdown, goes through the whole check.
/// </summary>
public sealed class MalformedInputTests
{
    private const string Significant = "[]{}\"':-#&*!|>%@`\t\n ,?\\\u00a0\u2028";

    [Fact]
    public void Mutated_content_files_give_diagnostics_not_exceptions()
    {
        var random = new Random(20251125);
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "content"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var failures = 0;
        for (var round = 0; round < 1500; round++)
        {
            var text = files[random.Next(files.Count)].ToCharArray().ToList();
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(Math.Min(text.Count, 600));
                switch (random.Next(3))
                {
                    case 0: text.Insert(at, Significant[random.Next(Significant.Length)]); break;
                    case 1: text.RemoveAt(at); break;
                    default: text[at] = Significant[random.Next(Significant.Length)]; break;
                }
            }
            var diagnostics = new DiagnosticBag();
            // Throws if any reader lets an exception escape; the loop counts the files that were refused.
            if (ArchiveLoader.ParseContentFile(new string([.. text]), "content/sources/mutated.md", diagnostics) is { } file)
            {
                _ = SourceReader.Read(file, Core.Configuration.Vocabularies.Empty, diagnostics);
                _ = ClaimReader.Read(file, Core.Configuration.Vocabularies.Empty, diagnostics);
            }
            failures += diagnostics.HasErrors ? 1 : 0;
        }
        Assert.True(failures > 300, $"only {failures} of 1500 mutations were refused: the mutations are too mild to test anything");
    }

    [Fact]
    public void Mutated_archive_builds_report_every_problem_without_exceptions()
    {
        var random = new Random(7);
        using var site = TempSite.CopyOfRealArchive();
        var sources = Directory.EnumerateFiles(Path.Combine(site.Path, "content", "sources")).Order(StringComparer.Ordinal).ToList();
        foreach (var path in sources)
        {
            var text = File.ReadAllText(path).ToCharArray();
            var body = new string(text).IndexOf("\n---\n", 4, StringComparison.Ordinal);
            // Damage the archived text so quotes stop matching, and the front matter so YAML breaks.
            for (var i = 0; i < 5; i++)
            {
                text[body + 5 + random.Next(text.Length - body - 5)] = '~';
            }
            text[random.Next(40, body)] = Significant[random.Next(Significant.Length)];
            File.WriteAllText(path, new string(text));
        }
        var result = SiteBuilder.Create().Check(new BuildOptions(site.Path));
        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.Matches(@"^content/sources/[a-z0-9-]+\.md\(\d+,\d+\): error REA\d{3}: .+", d.ToString()));
    }
}
