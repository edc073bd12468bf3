using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Tests.Support;
using YamlDotNet.RepresentationModel;

// Not "Tests.Cli": that namespace would shadow RareEarthArchive.Cli for every "Cli." reference in the test project.
namespace RareEarthArchive.Tests.CliCommands;

public sealed class QuoteCommandTests
{
    private const string SourceId = "quote-test";
    private const string SourcePath = "content/sources/quote-test.md";
    private const string ClaimId = "china-april-2025-rare-earth-export-controls";

    // One unique sentence with typographic quotes and a colon, one phrase three times with different
    // surroundings, and a sentence that occurs twice word for word with only the paragraph after it differing.
    private const string Body = """
        The minister said: “We will not ‘weaponise’ supply” — a line repeated often.

        Exports of rare earth metals fell. Imports of rare earth magnets rose. The rare earth sector waited.

        Prices rose again. Nobody knows why.

        Prices rose again. Everyone had a theory.
        """;

    private static TempSite SiteWithSource(string annotations = "")
    {
        var site = TempSite.CopyOfRealArchive();
        site.Write(SourcePath, $"""
            ---
            id: {SourceId}
            title: A test source
            language: en
            publisher: Tests
            kind: news
            {annotations}
            ---
            {Body}
            """);
        return site;
    }

    [Fact]
    public void A_unique_passage_pasted_with_other_spaces_and_quote_marks_prints_one_quote_line_that_anchors()
    {
        using var site = SiteWithSource();
        var run = Rea.Invoke("quote", SourceId, "The minister said:  \"We will not 'weaponise'\n supply\"", site.Path);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("quote: \"The minister said: “We will not ‘weaponise’ supply”\"\n", run.Out);
        Assert.StartsWith($"found once in {SourcePath}, line 9: ", run.Error, StringComparison.Ordinal);
        AssertAnchors(site, [run.Out]);
    }

    [Fact]
    public void A_repeated_phrase_gets_one_option_per_place_each_with_the_shortest_context_that_picks_it()
    {
        using var site = SiteWithSource();
        var run = Rea.Invoke("quote", SourceId, "rare earth", site.Path);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith($"the text occurs 3 times in {SourcePath}", run.Error, StringComparison.Ordinal);
        var options = Options(run.Out);
        Assert.Equal(3, options.Count);
        Assert.Equal(
            [
                ("rare earth", null, "metals"),
                ("rare earth", null, "magnets"),
                ("rare earth", "The", null),
            ],
            options.Select(Selector));
        Assert.Matches(@"^# option 1 of 3, line 11: ….*Exports of \[rare earth\] metals fell\. .*…\n", run.Out);
        AssertAnchors(site, run.Out.Split("\n\n"));
    }

    [Fact]
    public void Text_that_is_not_there_prints_the_closest_passage_and_exits_1()
    {
        using var site = SiteWithSource();
        var run = Rea.Invoke("quote", SourceId, "Exports of rare earth metal fall", site.Path);
        Assert.Equal((ExitCodes.ContentErrors, ""), (run.ExitCode, run.Out));
        Assert.Equal($"error: the text is not in {SourcePath}; closest passage: \"Exports of rare earth metals fell.\"\n", run.Error);
    }

    [Fact]
    public void An_unknown_source_or_a_missing_text_is_reported()
    {
        using var site = SiteWithSource();
        var unknown = Rea.Invoke("quote", "no-such-source", "x", site.Path);
        Assert.Equal(ExitCodes.ContentErrors, unknown.ExitCode);
        Assert.Equal("error: there is no source 'no-such-source' (no file content/sources/no-such-source.md)\n", unknown.Error);
        Assert.Equal(ExitCodes.UsageError, Rea.Invoke("quote", SourceId).ExitCode);
        Assert.Equal(ExitCodes.UsageError, Rea.Invoke("quote", SourceId, "  ", site.Path).ExitCode);
    }

    [Fact]
    public void Works_on_every_annotation_of_the_real_archive()
    {
        // Every quote the editors wrote, fed back as if pasted: each printed option must anchor where it says.
        using var site = TempSite.CopyOfRealArchive();
        var source = Directory.GetFiles(Path.Combine(site.Path, "content", "sources")).Order(StringComparer.Ordinal).First();
        var id = Path.GetFileNameWithoutExtension(source);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(source).Split("\n---")[0].TrimStart('-')));
        var claims = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("claims")];
        foreach (var quote in claims.Cast<YamlMappingNode>().Select(a => ((YamlScalarNode)a.Children[new YamlScalarNode("quote")]).Value!).Take(4))
        {
            var run = Rea.Invoke("quote", id, quote, site.Path);
            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.Contains(Options(run.Out), o => Selector(o).Quote == quote.Trim());
        }
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"no\": \\ back", "\"say \\\"no\\\": \\\\ back\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    [InlineData("line\u2028sep", "\"line\\u2028sep\"")]
    [InlineData("# not a comment, - not a list", "\"# not a comment, - not a list\"")]
    public void Yaml_scalars_read_back_as_the_same_text(string value, string expected)
    {
        Assert.Equal(expected, QuoteYaml.Scalar(value));
        var yaml = new YamlStream();
        yaml.Load(new StringReader("k: " + QuoteYaml.Scalar(value)));
        Assert.Equal(value, ((YamlScalarNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("k")]).Value);
    }

    /// <summary>Pastes each printed option under an annotation of the source and runs the real check.</summary>
    private static void AssertAnchors(TempSite site, IEnumerable<string> printed)
    {
        var original = site.Read(SourcePath);
        foreach (var option in printed)
        {
            var lines = option.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
            Assert.NotEmpty(lines);
            var annotation = $"claims:\n  - claim: {ClaimId}\n    stance: mentions\n" + string.Concat(lines.Select(l => $"    {l}\n"));
            site.Write(SourcePath, original.Replace("kind: news\n", "kind: news\n" + annotation, StringComparison.Ordinal));
            var check = Rea.Invoke("check", site.Path);
            Assert.True(check.ExitCode == ExitCodes.Success, option + "\n" + check.Error);
        }
        site.Write(SourcePath, original);
    }

    private static List<YamlMappingNode> Options(string output) =>
        output.Split("\n\n").Select(block =>
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(block));
            return (YamlMappingNode)yaml.Documents[0].RootNode;
        }).ToList();

    private static (string Quote, string? Prefix, string? Suffix) Selector(YamlMappingNode node)
    {
        string? Get(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;
        return (Get("quote")!, Get("prefix"), Get("suffix"));
    }
}
