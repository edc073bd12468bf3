using System.Text;
using RareEarthArchive.Cli;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Validation;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Tests.Exports;

/// <summary>Sites built for the export and metadata tests: the real archive, and a small hostile one made in a temp folder.</summary>
internal static class ExportSites
{
    public static string RepoRoot { get; } = Support.RepoPaths.Root;

    private static readonly Lazy<BuiltArchive> RealArchive = new(() => BuiltArchive.Build(Support.RepoPaths.Root));
    private static readonly Lazy<BuiltArchive> HostileArchive = new(BuildHostile);

    /// <summary>The repository's own archive (content/ + site.config.yml), built in memory with the product's builder.</summary>
    public static BuiltArchive Real => RealArchive.Value;

    /// <summary>A one-source archive whose contributor text tries to break out of scripts, spreadsheets and BibTeX.</summary>
    public static BuiltArchive Hostile => HostileArchive.Value;

    public const string ScriptBreakout = "</script><script>alert(1)</script>";

    public const string SpecialTitle = "Title {x} 100% & #1 a_b $5 " + ScriptBreakout;

    private static BuiltArchive BuildHostile()
    {
        var dir = Path.Combine(Path.GetTempPath(), "rea-exports-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "content", "sources"));
        Directory.CreateDirectory(Path.Combine(dir, "content", "claims"));
        File.Copy(Path.Combine(RepoRoot, "site.config.yml"), Path.Combine(dir, "site.config.yml"));
        File.WriteAllText(Path.Combine(dir, "content", "claims", "hostile-claim.md"), """
            ---
            id: hostile-claim
            statement: "</script><script>alert(1)</script> & <b>bold</b>"
            quantity:
              label: Change
              unit: "%"
            review:
              rating: "=HYPERLINK(\"evil\")"
              author: "Editors {x} 100% & #1 a_b $5"
              date: 2025-07
              rationale: "</script><script>alert(2)</script>"
            ---
            Commentary.
            """.Replace("\r\n", "\n"));
        File.WriteAllText(Path.Combine(dir, "content", "claims", "plain-claim.md"), """
            ---
            id: plain-claim
            statement: A claim without a review.
            ---
            Commentary.
            """.Replace("\r\n", "\n"));
        File.WriteAllText(Path.Combine(dir, "content", "sources", "hostile-source.md"), $$"""
            ---
            id: hostile-source
            title: "{{SpecialTitle}}"
            language: zh-Hans
            publisher: "=cmd|' /C calc'!A0"
            author: "@SUM(1+1)"
            published: 2025-07-03
            kind: news
            archive:
              retrieved: 2025-07-10
            claims:
              - claim: hostile-claim
                quote: "下降了三个百分点"
                stance: supports
                value: -3
                note: "</script><script>alert(4)</script>"
                id: drop
              - claim: hostile-claim
                quote: '=HYPERLINK("evil","x")'
                stance: mentions
                note: "+1 more"
              - claim: hostile-claim
                quote: "-2+3 is five"
                stance: qualifies
                note: "@SUM(A1:A2)"
              - claim: plain-claim
                quote: "tab"
                stance: mentions
                note: "=1+1, with a comma and a \"quote\"\nand a second line"
            ---
            𠮷野家 said: 下降了三个百分点, then =HYPERLINK("evil","x") appears. And -2+3 is five. A tab here.
            """.Replace("\r\n", "\n"));
        try
        {
            return BuiltArchive.Build(dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

/// <summary>An archive's assembled model and its in-memory build output.</summary>
internal sealed record BuiltArchive(SiteModel Model, IReadOnlyDictionary<string, byte[]> Files)
{
    public static BuiltArchive Build(string siteDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = ArchiveLoader.Load(siteDirectory, diagnostics);
        Assert.NotNull(loaded);
        var validated = ArchiveValidator.Validate(loaded, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        var model = SiteAssembler.Assemble(validated!);
        var (result, files) = SiteBuilder.Create().BuildInMemory(new BuildOptions(siteDirectory));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new BuiltArchive(model, files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal));
    }

    public string SiteUrl => Model.Config.BaseUrl.AbsoluteUri;

    public byte[] Bytes(string path)
    {
        Assert.True(Files.ContainsKey(path), $"no output file {path}");
        return Files[path];
    }

    public string Text(string path) => new UTF8Encoding(false, true).GetString(Bytes(path));
}
