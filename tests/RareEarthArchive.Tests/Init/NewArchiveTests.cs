using System.Text.Json.Nodes;
using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Cli.Init;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Exports;
using RareEarthArchive.Tests.Quality;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Init;

/// <summary>The new-archive path as a new user walks it, with the real commands: init, check, build, add a source, check.</summary>
public sealed class NewArchiveTests
{
    private const string BaseUrl = "https://someone.github.io/water-rights/";

    [Fact]
    public void A_new_archive_checks_builds_to_valid_linked_pages_and_takes_a_new_source()
    {
        using var temp = TempSite.Empty();
        var site = Path.Combine(temp.Path, "water-rights");
        var init = Rea.Invoke("init", site, "--title", "Water Rights Archive");
        Assert.True(init.ExitCode == ExitCodes.Success, init.Error);
        Assert.StartsWith("created 14 files in ", init.Out, StringComparison.Ordinal);

        var check = Rea.Invoke("check", site);
        Assert.True(check.ExitCode == ExitCodes.Success, check.Error);

        var output = Path.Combine(temp.Path, "out");
        var build = Rea.Invoke("build", site, "--base-url", BaseUrl, "--output", output);
        Assert.True(build.ExitCode == ExitCodes.Success, build.Error);
        var built = BuiltSite.FromFolder(output, "/water-rights/");
        var broken = LinkChecker.Broken(built, out var checkedLinks);
        Assert.True(checkedLinks > 50, $"only {checkedLinks} links checked");
        Assert.Empty(broken);
        var home = built.Page("index.html");
        Assert.Equal("Water Rights Archive", home.Title);
        Assert.Equal(ToolVersion.Generator, home.QuerySelector("meta[name=generator]")!.GetAttribute("content"));
        Assert.NotNull(built.Page("claims/example-claim/index.html").QuerySelector("a[href='/water-rights/sources/example-source/']"));
        HtmlConformanceTests.AssertPagesValid(output, [.. Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)], site);

        // A first real source: rea new, the TODOs filled in, the text pasted, a passage found with rea quote.
        Assert.Equal(ExitCodes.Success, Rea.Invoke("new", "source", "river-report", site).ExitCode);
        var file = Path.Combine(site, "content", "sources", "river-report.md");
        var text = File.ReadAllText(file);
        Assert.Equal(ExitCodes.ContentErrors, Rea.Invoke("check", site).ExitCode); // the TODOs
        text = Fill(text, "title", "\"Rivers run dry: a report\"");
        text = Fill(text, "publisher", "River Weekly");
        text = Fill(text, "kind", "news");
        File.WriteAllText(file, text + "The river fell to its lowest level in fifty years, officials said.\n\nFarmers upstream were told to stop drawing water.\n");
        var quote = Rea.Invoke("quote", "river-report", "lowest level in  fifty years", site);
        Assert.True(quote.ExitCode == ExitCodes.Success, quote.Error);
        Assert.Equal("quote: \"lowest level in fifty years\"\n", quote.Out);
        var claim = "claims:\n  - claim: example-claim\n    " + quote.Out.TrimEnd() + "\n    stance: mentions\n";
        File.WriteAllText(file, File.ReadAllText(file).Replace("# Text with ': ' in it", claim + "# Text with ': ' in it", StringComparison.Ordinal));
        var again = Rea.Invoke("check", site);
        Assert.True(again.ExitCode == ExitCodes.Success, again.Error + File.ReadAllText(file));
    }

    [Fact]
    public void The_new_archive_pins_this_tool_and_uses_its_action_and_licence()
    {
        using var temp = TempSite.Empty();
        Assert.Equal(ExitCodes.Success, Rea.Invoke("init", temp.Path).ExitCode);
        var manifest = JsonNode.Parse(temp.Read(".config/dotnet-tools.json"))!;
        var tool = manifest["tools"]![ToolIdentity.PackageId]!;
        Assert.Equal(ToolVersion.Value, (string?)tool["version"]);
        Assert.Equal("rea", (string?)tool["commands"]![0]);
        Assert.Equal("RareEarthArchive.Cli", ToolIdentity.PackageId, ignoreCase: true);
        Assert.Contains($"uses: {ToolIdentity.Action}\n", temp.Read(".github/workflows/pr.yml"), StringComparison.Ordinal);
        var readme = temp.Read("README.md");
        Assert.StartsWith("# " + ArchiveTemplate.DefaultTitle + "\n", readme, StringComparison.Ordinal);
        Assert.Contains("- " + Licences.Quotes + "\n", readme, StringComparison.Ordinal);
        Assert.Contains("- " + Licences.Annotations + "\n", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("@@", string.Concat(ArchiveTemplate.Files("x").Select(f => f.Text)), StringComparison.Ordinal);
        // The editor wiring is this repository's own, and the schemas are the ones the build publishes for that config.
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, ".vscode", "settings.json")), temp.Read(".vscode/settings.json"));
        var built = BuiltSite.Build(temp.Path);
        Assert.Equal(built.Text("schemas/source.schema.json"), temp.Read("schemas/source.schema.json"));
    }

    [Fact]
    public void Init_refuses_a_folder_with_files_and_never_overwrites_even_when_forced()
    {
        using var temp = TempSite.Empty();
        temp.Write("site.config.yml", "title: Mine\n");
        temp.Write("notes.txt", "my notes");
        var refused = Rea.Invoke("init", temp.Path);
        Assert.Equal(ExitCodes.ContentErrors, refused.ExitCode);
        Assert.Contains("is not empty", refused.Error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt", "site.config.yml"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var forced = Rea.Invoke("init", temp.Path, "--force");
        Assert.True(forced.ExitCode == ExitCodes.Success, forced.Error);
        Assert.Contains("  kept site.config.yml (it exists; not overwritten)\n", forced.Out, StringComparison.Ordinal);
        Assert.Equal("title: Mine\n", temp.Read("site.config.yml"));
        Assert.Equal("my notes", temp.Read("notes.txt"));
        Assert.True(File.Exists(Path.Combine(temp.Path, "content", "sources", "example-source.md")));
    }

    [Theory]
    [InlineData("--title", "")]
    [InlineData("--title", "  ")]
    [InlineData("--title", "two\nlines")]
    [InlineData("--title")]
    [InlineData("one", "two")]
    [InlineData("--overwrite")]
    public void Init_usage_errors_exit_2_and_write_nothing(params string[] extra)
    {
        using var temp = TempSite.Empty();
        var folder = Path.Combine(temp.Path, "new");
        string[] args = extra.Length > 0 && extra[0] == "one" ? ["init", Path.Combine(folder, "a"), folder] : ["init", folder, .. extra];
        var run = Rea.Invoke(args);
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    private static string Fill(string text, string key, string value)
    {
        var start = text.IndexOf($"\n{key}:  # TODO", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no TODO for {key}");
        var end = text.IndexOf('\n', start + 1);
        return text[..(start + 1)] + $"{key}: {value}" + text[end..];
    }
}
