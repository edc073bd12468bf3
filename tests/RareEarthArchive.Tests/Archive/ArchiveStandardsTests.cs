using Markdig.Syntax;
using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Archive;

/// <summary>
/// The real archive passes <c>check</c> and keeps the editorial minimums, so nobody can erode it silently:
/// every source with a bias block backed by signals, enough claims stated by several sources, quantities,
/// cross-references, and the archived text word for word as in the seed files.
/// </summary>
public sealed class ArchiveStandardsTests
{
    private static readonly Core.Assembly.SiteModel Model = ArchiveModel.Load(RepoPaths.Root);

    [Fact]
    public void Real_archive_passes_check_with_no_problems()
    {
        var run = Rea.Invoke("check", RepoPaths.Root);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void All_six_sources_are_archived_with_complete_metadata()
    {
        Assert.Equal(6, Model.Sources.Length);
        Assert.Equal(5, Model.Sources.Select(s => s.Source.Archive?.From).Distinct().Count());
        Assert.All(Model.Sources, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Source.Archive?.Notes), $"{s.Id}: archive.notes must say what was left out");
            Assert.True(File.Exists(SeedPath(s)), $"{s.Id}: archive.from must name a seed file");
        });
    }

    [Fact]
    public void Every_source_has_a_bias_summary_backed_by_at_least_two_signals()
    {
        Assert.All(Model.Sources, s =>
        {
            Assert.NotNull(s.Source.Bias);
            Assert.True(s.Signals.Length >= 2, $"{s.Id} has {s.Signals.Length} signals");
            Assert.All(s.Signals, signal => Assert.False(string.IsNullOrWhiteSpace(signal.Signal.Note), $"{s.Id}: every signal says what it shows"));
        });
    }

    [Fact]
    public void Claims_annotations_and_relations_keep_their_minimums()
    {
        Assert.True(Model.Claims.Length >= 12, $"{Model.Claims.Length} claims");
        Assert.True(Model.AnnotationCount >= 25, $"{Model.AnnotationCount} annotations");
        Assert.True(Model.Claims.Count(c => c.SourceCount >= 3) >= 4, "at least 4 claims stated by 3 or more sources");
        var crossReferences = Model.Sources.Sum(s => s.Source.Related.Length);
        Assert.True(crossReferences >= 6, $"{crossReferences} cross-references");
        Assert.All(Model.Sources.SelectMany(s => s.Source.Related), r => Assert.False(string.IsNullOrWhiteSpace(r.Note)));
        Assert.Contains(Model.Claims, c => c.Claim.Related.Any(r => r.Relation == "refines"));
        Assert.Contains(Model.Claims, c => c.Claim.Related.Any(r => r.Relation == "depends-on"));
        Assert.All(Model.Claims, c => Assert.False(string.IsNullOrWhiteSpace(c.Claim.Commentary), $"{c.Id} needs commentary"));
    }

    [Fact]
    public void Quantity_claims_where_sources_differ_carry_their_values()
    {
        // Sources that give different numbers for the same quantity: the comparison the chart exists for.
        var differing = Model.Claims.Where(c => c.Claim.Quantity is not null)
            .Count(c => c.Appearances.Select(a => a.Annotation.Annotation.Value).OfType<Core.Model.QuantityValue>().Distinct().Count() >= 2);
        Assert.True(differing >= 1, "at least one quantity claim with differing values");
        Assert.True(Model.Claims.Count(c => c.Claim.Quantity is not null) >= 4);
    }

    [Theory]
    [InlineData("over", "Over")]
    [InlineData("more than", "Over")]
    [InlineData("nearly", "Nearly")]
    [InlineData("almost", "Nearly")]
    [InlineData("approximately", "About")]
    [InlineData("about", "About")]
    [InlineData("less than", "Under")]
    [InlineData("at least", "AtLeast")]
    public void A_value_the_text_qualifies_carries_the_qualifier(string words, string qualifier)
    {
        // "Over 80%" recorded as a plain 80 would be drawn and exported as exactly 80.
        foreach (var claim in Model.Claims)
        {
            foreach (var a in claim.Appearances.Where(a => a.Annotation.Annotation.Value is not null))
            {
                var quote = a.Quote.ToLowerInvariant();
                if (System.Text.RegularExpressions.Regex.IsMatch(quote, $@"\b{words}\b[^.;]*\d|\b{words} one-tenth"))
                {
                    Assert.Equal(qualifier, a.Annotation.Annotation.Value!.Qualifier.ToString());
                }
            }
        }
    }

    [Fact]
    public void Archived_text_is_word_for_word_from_the_seed()
    {
        foreach (var source in Model.Sources)
        {
            var seed = Fold(File.ReadAllText(SeedPath(source)));
            var document = source.Validated.Document;
            foreach (var block in document.Markdown.Descendants<LeafBlock>())
            {
                var markdown = document.Source.Text.Markdown.Substring(block.Span.Start, block.Span.Length);
                var text = Fold(ReaderText.Parse(markdown).Text);
                if (text.Length > 0)
                {
                    Assert.True(seed.Contains(text, StringComparison.Ordinal), $"{source.Id}: this passage is not in the seed word for word:\n{text}");
                }
            }
        }
    }

    private static string SeedPath(Core.Assembly.SourceEntry source) =>
        Path.Combine(RepoPaths.TestsFolder, "Fixtures", "seeds", source.Source.Archive!.From!);

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
