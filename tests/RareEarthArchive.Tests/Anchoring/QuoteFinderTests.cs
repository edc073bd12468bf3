using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Validation;

namespace RareEarthArchive.Tests.Anchoring;

/// <summary>
/// The selectors <c>rea quote</c> prints, found in Core (the command's own tests cover its printing). Every option
/// that says it anchors is checked again here with <see cref="QuoteAnchor.Find(ReaderText, TextQuote)"/>.
/// </summary>
public sealed class QuoteFinderTests
{
    private const string Body = """
        The minister said: “We will not ‘weaponise’ supply” — a line repeated often.

        Exports of rare earth metals fell. Imports of rare earth magnets rose. The rare earth sector waited.

        Prices rose again. Nobody knows why.

        Prices rose again. Everyone had a theory.
        """;

    [Fact]
    public void A_unique_passage_gets_the_text_as_the_page_has_it_and_no_context()
    {
        var text = ReaderText.Parse(Body);
        var found = Assert.IsType<QuoteFound>(QuoteFinder.Find(text, "The minister said:  \"We will not 'weaponise'\n supply\""));
        var only = Assert.Single(found.Options);
        Assert.Equal(new TextQuote("The minister said: “We will not ‘weaponise’ supply”"), only.Quote);
        Assert.Equal((1, 1, true), (found.Total, only.Line, only.Anchors));
        AssertAnchorsWhereItSays(text, found);
    }

    [Fact]
    public void A_repeated_sentence_gets_the_shortest_context_each_place_needs()
    {
        var text = ReaderText.Parse(Body);
        var found = Assert.IsType<QuoteFound>(QuoteFinder.Find(text, "Prices rose again."));
        // "why." (4 characters) is shorter than "Everyone" (8): the prefix wins for the second.
        Assert.Equal(
            [new TextQuote("Prices rose again.", null, "Nobody"), new TextQuote("Prices rose again.", "why.", null)],
            found.Options.Select(o => o.Quote));
        Assert.Equal([5, 7], found.Options.Select(o => o.Line));
        AssertAnchorsWhereItSays(text, found);
    }

    [Fact]
    public void A_very_common_text_offers_the_first_places_and_counts_them_all()
    {
        var text = ReaderText.Parse(string.Join(" ", Enumerable.Range(0, 30).Select(i => $"word{i} and")));
        var found = Assert.IsType<QuoteFound>(QuoteFinder.Find(text, "and"));
        Assert.Equal((30, QuoteFinder.MaxOptions), (found.Total, found.Options.Count));
        AssertAnchorsWhereItSays(text, found);
    }

    [Fact]
    public void A_passage_repeated_with_all_its_surroundings_is_shown_but_said_not_to_anchor()
    {
        var paragraph = string.Join(" ", Enumerable.Range(0, QuoteFinder.MaxContextWords + 5).Select(i => $"w{i}"));
        var text = ReaderText.Parse($"{paragraph} middle {paragraph}\n\n{paragraph} middle {paragraph}");
        var found = Assert.IsType<QuoteFound>(QuoteFinder.Find(text, "middle"));
        Assert.Equal(2, found.Total);
        Assert.All(found.Options, o => Assert.Equal((new TextQuote("middle"), false), (o.Quote, o.Anchors)));
    }

    [Fact]
    public void Text_that_is_not_there_gets_the_closest_passage()
    {
        var missing = Assert.IsType<QuoteMissing>(QuoteFinder.Find(ReaderText.Parse(Body), "Exports of rare earth metal fall"));
        Assert.Equal("Exports of rare earth metals fell.", missing.ClosestPassage);
    }

    [Fact]
    public void In_a_source_lines_are_the_file_s_and_a_body_too_deep_to_parse_is_a_diagnostic()
    {
        // Front matter of 7 lines, then "First line.", a blank line, and the body: its third paragraph is on line 14.
        var diagnostics = new DiagnosticBag();
        var found = Assert.IsType<QuoteFound>(SourceQuotes.Find(SourceWith($"First line.\n\n{Body}"), "Nobody knows why.", diagnostics));
        Assert.Equal(14, Assert.Single(found.Options).Line);
        Assert.Empty(diagnostics.Sorted());

        Assert.Null(SourceQuotes.Find(SourceWith(new string('>', 200) + " deep"), "deep", diagnostics));
        Assert.Equal([DiagnosticCodes.TooDeep.Id], diagnostics.Sorted().Select(d => d.Code));
    }

    private static Core.Model.Source SourceWith(string body)
    {
        var bag = new DiagnosticBag();
        var file = ArchiveLoader.ParseContentFile($"---\nid: s\ntitle: T\nlanguage: en\npublisher: P\nkind: news\n---\n{body}\n", "content/sources/s.md", bag);
        var source = file is null ? null : SourceReader.Read(file, Vocabularies.Empty, bag);
        Assert.Empty(bag.Sorted());
        return source!;
    }

    private static void AssertAnchorsWhereItSays(ReaderText text, QuoteFound found)
    {
        foreach (var option in found.Options.Where(o => o.Anchors))
        {
            var anchored = Assert.IsType<Anchored>(QuoteAnchor.Find(text, option.Quote));
            Assert.Equal(option.Line, text.LineOf(anchored.Start));
        }
    }
}
