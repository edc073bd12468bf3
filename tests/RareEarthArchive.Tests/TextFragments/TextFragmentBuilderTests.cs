using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Core.TextFragments;
using static RareEarthArchive.Core.TextFragments.TextDirectiveMatcher;

namespace RareEarthArchive.Tests.TextFragments;

public sealed class TextFragmentBuilderTests
{
    [Fact]
    public void A_passage_that_occurs_once_is_linked_by_its_own_words()
    {
        var (text, start, length) = Passage("China imposed controls on seven elements. Prices rose.", "seven elements");

        Assert.Equal(new TextDirective("seven elements"), TextFragmentBuilder.Build(text, start, length));
    }

    [Fact]
    public void A_repeated_passage_gets_the_shortest_context_that_makes_it_unique()
    {
        var (text, start, length) = Passage("Exports fell. Exports fell sharply in May.", "Exports fell", occurrence: 1);

        var directive = TextFragmentBuilder.Build(text, start, length)!;

        Assert.Equal(new TextDirective("Exports fell", Prefix: "fell."), directive);
        Assert.Equal([(start, start + length)], FindAll(text, directive, Mode.Lenient));
    }

    [Fact]
    public void Case_differences_do_not_make_a_passage_unique()
    {
        var (text, start, length) = Passage("RARE EARTHS matter. Rare earths matter a lot.", "Rare earths matter", occurrence: 0);

        var directive = TextFragmentBuilder.Build(text, start, length)!;

        Assert.NotNull(directive.Suffix ?? directive.Prefix);
        Assert.Equal([(start, start + length)], FindAll(text, directive, Mode.Lenient));
    }

    [Fact]
    public void A_passage_that_is_part_of_a_longer_word_is_not_linked_by_its_letters_alone()
    {
        var (text, start, length) = Passage("The rangers saw the mountain range.", "range", occurrence: 1);

        Assert.Equal(new TextDirective("range"), TextFragmentBuilder.Build(text, start, length));
    }

    [Fact]
    public void A_long_passage_uses_its_first_and_last_words()
    {
        var sentence = "The ministry said the licences would be granted case by case to civilian users who could show end use.";
        var (text, start, length) = Passage("Background first. " + sentence + " Nothing else.", sentence);

        var directive = TextFragmentBuilder.Build(text, start, length)!;

        // "the" occurs again inside the sentence, so the range needs the word before it.
        Assert.Equal(new TextDirective("The", End: "use.", Prefix: "first."), directive);
        Assert.Equal([(start, start + length)], FindAll(text, directive, Mode.Lenient));
    }

    [Fact]
    public void A_quote_across_two_paragraphs_uses_start_and_end_each_within_its_block()
    {
        var markdown = "First paragraph ends here.\n\nSecond one begins here and goes on.\n";
        var reader = ReaderText.Parse(markdown);
        var text = FragmentText.From(reader);
        var start = reader.Text.IndexOf("ends here", StringComparison.Ordinal);
        var end = reader.Text.IndexOf(" and goes", StringComparison.Ordinal);

        var directive = TextFragmentBuilder.Build(text, start, end - start)!;

        Assert.Contains('\n', text.Text);
        Assert.NotNull(directive.End);
        Assert.DoesNotContain('\n', directive.Start + directive.End);
        Assert.Equal([(start, end)], FindAll(text, directive, Mode.Lenient));
    }

    [Fact]
    public void A_passage_in_text_that_repeats_itself_gets_no_link()
    {
        var copy = "one two three four five six";
        var (text, start, length) = Passage(string.Join(' ', Enumerable.Repeat(copy, 6)), copy, occurrence: 2);

        Assert.Null(TextFragmentBuilder.Build(text, start, length));
    }

    [Fact]
    public void A_Chinese_passage_is_linked_alone_between_punctuation_and_with_context_inside_a_run()
    {
        var (text, start, length) = Passage("稀土出口管制。美国表示关切。", "美国表示关切。");
        Assert.Equal(new TextDirective("美国表示关切。"), TextFragmentBuilder.Build(text, start, length));

        // Inside a run of characters the passage's own edges are undecidable; context reaching to the
        // punctuation needs no boundary at the passage, only at its outer ends.
        var (_, inner, innerLength) = Passage("稀土出口管制。美国表示关切。", "表示");
        Assert.Equal(new TextDirective("表示", Prefix: "美国", Suffix: "关切"), TextFragmentBuilder.Build(text, inner, innerLength));
        Assert.Empty(FindAll(text, new TextDirective("表示"), Mode.Strict));
    }

    private static (FragmentText Text, int Start, int Length) Passage(string text, string passage, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(passage, start + 1, StringComparison.Ordinal);
        }
        Assert.True(start >= 0);
        return (new FragmentText(text), start, passage.Length);
    }
}
