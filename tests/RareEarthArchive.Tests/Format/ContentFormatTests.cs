using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Format;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Yaml;
using RareEarthArchive.Site.Exports;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Format;

/// <summary>The format description is the single source: reader, schema, <c>rea new</c> and the guide all follow it.</summary>
public sealed class ContentFormatTests
{
    private const string GuideFile = "CONTRIBUTING.md";

    private static readonly FormatKey Confidence = FormatKey.Number("confidence", false, "How sure the editors are, from 0 to 1.");

    private static SiteConfig RepoConfig()
    {
        var config = SiteConfigReader.Read(RepoPaths.Root, new DiagnosticBag());
        Assert.NotNull(config);
        return config;
    }

    /// <summary>The standard format with an optional number <c>confidence</c> on a claim annotation.</summary>
    private static ContentFormat WithConfidence() =>
        ContentFormat.Standard with { Source = ContentFormat.Standard.Source.WithNested("claims", item => item.WithKey(Confidence)) };

    private static (DiagnosticBag Bag, bool Read) ReadSource(string annotationLine, ContentFormat format)
    {
        var text = $"""
            ---
            id: s
            title: T
            language: en
            publisher: P
            kind: news
            claims:
              - claim: c
                quote: the words
                stance: supports
                {annotationLine}
            ---
            the words
            """;
        var bag = new DiagnosticBag();
        var file = ArchiveLoader.ParseContentFile(text, "content/sources/s.md", bag);
        Assert.NotNull(file);
        var source = SourceReader.Read(file, RepoConfig().Vocabularies, bag, format.Source);
        return (bag, source is not null);
    }

    [Fact]
    public void The_guide_s_key_tables_are_the_format_description_s()
    {
        // REA_WRITE_GUIDE=1 rewrites the tables in CONTRIBUTING.md after a change to ContentFormat.cs.
        var path = Path.Combine(RepoPaths.Root, GuideFile);
        var guide = File.ReadAllText(path);
        var generated = FormatGuide.Regenerate(guide, ContentFormat.Standard);
        if (Environment.GetEnvironmentVariable("REA_WRITE_GUIDE") == "1")
        {
            File.WriteAllText(path, generated);
        }
        Assert.True(generated == guide,
            $"the key tables in {GuideFile} differ from src/RareEarthArchive.Core/Format/ContentFormat.cs; run this test with REA_WRITE_GUIDE=1 to regenerate them");
    }

    [Fact]
    public void An_added_key_is_read_checked_and_refused_by_the_standard_format()
    {
        var extended = WithConfidence();

        var good = ReadSource("confidence: 0.8", extended);
        Assert.Empty(good.Bag.Sorted());
        Assert.True(good.Read);

        var bad = ReadSource("confidence: high", extended);
        var error = Assert.Single(bad.Bag.Sorted());
        Assert.Equal((DiagnosticCodes.InvalidNumber.Id, 11, 17), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Equal("'confidence' must be a number such as 3 or 87.5, not 'high'", error.Message);

        // Misspelt, the added key is offered by name: the suggestions come from the same description.
        var typo = Assert.Single(ReadSource("confidnce: 0.8", extended).Bag.Sorted());
        Assert.Equal(DiagnosticCodes.UnknownKey.Id, typo.Code);
        Assert.Contains("did you mean 'confidence'?", typo.Message, StringComparison.Ordinal);

        var standard = ReadSource("confidence: 0.8", ContentFormat.Standard);
        var unknown = Assert.Single(standard.Bag.Sorted());
        Assert.Equal(DiagnosticCodes.UnknownKey.Id, unknown.Code);
        Assert.EndsWith("(allowed: claim, quote, prefix, suffix, stance, value, as_of, attributed_to, origin, note, id)", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_required_key_is_required_by_the_reader()
    {
        var extended = ContentFormat.Standard with
        {
            Source = ContentFormat.Standard.Source.WithNested("claims", item => item.WithKey(FormatKey.Text("checked_by", true, "Who checked the passage."))),
        };
        var run = ReadSource("note: n", extended);
        var missing = Assert.Single(run.Bag.Sorted());
        Assert.Equal((DiagnosticCodes.MissingKey.Id, "a claim annotation needs the key 'checked_by'"), (missing.Code, missing.Message));
        // Misspelt, the new key gets its "did you mean" from the description too.
        var typo = ReadSource("checkd_by: me", extended).Bag.Sorted();
        Assert.Contains(typo, d => d.Code == DiagnosticCodes.UnknownKey.Id && d.Message.Contains("did you mean 'checked_by'?", StringComparison.Ordinal));
    }

    [Fact]
    public void An_added_key_reaches_the_schema_the_new_template_and_the_guide()
    {
        var extended = WithConfidence();
        var config = RepoConfig();

        var item = FrontMatterSchemas.Source(config, extended)["properties"]!["claims"]!["anyOf"]![0]!["items"]!["properties"]!.AsObject();
        Assert.Equal(Confidence.Description, item["confidence"]!["description"]!.GetValue<string>());
        Assert.Equal("number", item["confidence"]!["anyOf"]![0]!["anyOf"]![0]!["type"]!.GetValue<string>());
        var standardItem = FrontMatterSchemas.Source(config)["properties"]!["claims"]!["anyOf"]![0]!["items"]!["properties"]!.AsObject();
        Assert.False(standardItem.ContainsKey("confidence"));

        var template = NewFileTemplates.Source("s", config, extended);
        Assert.Contains($"\n#     confidence: 0  # {Confidence.Description}\n", template, StringComparison.Ordinal);
        Assert.DoesNotContain("confidence", NewFileTemplates.Source("s", config), StringComparison.Ordinal);

        var guide = FormatGuide.Table(extended.Source);
        Assert.Contains($"| `claims[].confidence` | no | number: {Confidence.Description} |", guide, StringComparison.Ordinal);
        Assert.DoesNotContain("confidence", FormatGuide.Table(ContentFormat.Standard.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_key_the_description_does_not_name_is_a_bug_not_a_silent_null()
    {
        var bag = new DiagnosticBag();
        var file = ArchiveLoader.ParseContentFile("---\nid: s\n---\n", "content/claims/s.md", bag);
        var map = new MappingReader(file!.Root, ContentFormat.Standard.Claim, Vocabularies.Empty, bag);
        Assert.Throws<InvalidOperationException>(() => map.Text("headline"));
        Assert.Throws<InvalidOperationException>(() => map.Date("statement")); // described as text
        Assert.Equal("s", map.Slug("id"));
    }

    [Fact]
    public void Every_vocabulary_a_key_names_is_a_list_of_the_config()
    {
        var configLists = ContentFormat.Standard.SiteConfig.Find("vocabularies")!.Mapping!.KeyNames;
        Assert.Equal(VocabularyNames.All, configLists);
        var named = Walk(ContentFormat.Standard.Source).Concat(Walk(ContentFormat.Standard.Claim))
            .Where(k => k.Kind == KeyKind.Vocabulary).Select(k => k.Vocabulary!).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(VocabularyNames.All.Order(StringComparer.Ordinal), named);
        var config = RepoConfig();
        Assert.All(VocabularyNames.All, name => Assert.False(config.Vocabularies.Of(name).IsDefaultOrEmpty));
    }

    private static IEnumerable<FormatKey> Walk(FormatMapping mapping) =>
        mapping.Keys.SelectMany(k => k.Mapping is { } m ? Walk(m).Prepend(k) : [k]);
}
