using RareEarthArchive.Bench;
using RareEarthArchive.Core.Anchoring;

namespace RareEarthArchive.Tests.Anchoring;

public sealed class QuoteAnchorTests
{
    [Theory]
    [InlineData("the world’s largest", "the world's largest")]
    [InlineData("the world's largest", "the world’s largest")]
    [InlineData("he said “no” twice", "he said \"no\" twice")]
    [InlineData("he said \"no\" twice", "he said “no” twice")]
    [InlineData("„Nein“ sagte er", "\"Nein\" sagte er")]
    [InlineData("‚so‘ und ‛so‟", "'so' und 'so\"")]
    [InlineData("a 5′10″ man", "a 5'10\" man")]
    [InlineData("Japan’s “rare” ‘earth’", "Japan‘s ”rare„ ’earth‚")]
    public void Typographic_and_ascii_quotes_are_equal_both_ways(string body, string quote)
    {
        var text = ReaderText.Parse(body);
        var anchored = Assert.IsType<Anchored>(QuoteAnchor.Find(text, new TextQuote(quote)));
        Assert.Equal(0, anchored.Start);
        Assert.Equal(quote.Length, anchored.Length);
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        var text = ReaderText.Parse("Intro. He said “it’s done” today.");
        var anchored = Assert.IsType<Anchored>(QuoteAnchor.Find(text, new TextQuote("\"it's done\"")));
        Assert.Equal("“it’s done”", text.Text.Substring(anchored.Start, anchored.Length));
    }

    [Fact]
    public void Double_and_single_quotes_stay_different()
    {
        var text = ReaderText.Parse("He said 'no'.");
        Assert.IsType<NotFound>(QuoteAnchor.Find(text, new TextQuote("\"no\"")));
    }

    [Fact]
    public void Matching_is_case_sensitive()
    {
        var text = ReaderText.Parse("India holds reserves.");
        Assert.IsType<NotFound>(QuoteAnchor.Find(text, new TextQuote("india holds")));
    }

    [Fact]
    public void White_space_in_the_quote_folds_like_the_text()
    {
        var text = ReaderText.Parse("First paragraph ends here.\n\nSecond   paragraph\nstarts here.");
        var anchored = Assert.IsType<Anchored>(QuoteAnchor.Find(text, new TextQuote("  ends here.\n Second\tparagraph  starts ")));
        Assert.Equal("ends here. Second paragraph starts", text.Text.Substring(anchored.Start, anchored.Length));
    }

    [Fact]
    public void Emphasis_and_links_in_the_body_are_invisible_to_the_quote()
    {
        var text = ReaderText.Parse("This is **very** *important*, see [the report](https://x.y) and `data`.");
        var anchored = Assert.IsType<Anchored>(QuoteAnchor.Find(text, new TextQuote("very important, see the report and data.")));
        Assert.Equal(8, anchored.Start);
    }

    [Fact]
    public void Several_matches_are_ambiguous_and_listed()
    {
        var text = ReaderText.Parse("rare earth. Rare earth. rare earth and rare earth");
        var ambiguous = Assert.IsType<Ambiguous>(QuoteAnchor.Find(text, new TextQuote("rare earth")));
        Assert.Equal(3, ambiguous.Count);
        Assert.Equal([0, 24, 39], ambiguous.Starts);
    }

    [Fact]
    public void Overlapping_matches_count()
    {
        var text = ReaderText.Parse("aaaa");
        Assert.Equal(3, Assert.IsType<Ambiguous>(QuoteAnchor.Find(text, new TextQuote("aa"))).Count);
    }

    [Theory]
    [InlineData("of the ", null, 0)]
    [InlineData("of the", null, 0)]
    [InlineData(" of  the ", null, 0)]
    [InlineData(null, ", and", 1)]
    [InlineData(null, " , and ", 1)]
    [InlineData("the", "; then", 2)]
    [InlineData("And the", "; then", 2)]
    public void Prefix_and_suffix_pick_one_match(string? prefix, string? suffix, int expected)
    {
        const string body = "Some of the reserves are known. They say the reserves, and more. And the reserves; then nothing.";
        var text = ReaderText.Parse(body);
        var starts = Assert.IsType<Ambiguous>(QuoteAnchor.Find(text, new TextQuote("reserves"))).Starts;
        var anchored = Assert.IsType<Anchored>(QuoteAnchor.Find(text, new TextQuote("reserves", prefix, suffix)));
        Assert.Equal(starts[expected], anchored.Start);
    }

    [Theory]
    [InlineData(null, "and")]
    [InlineData("and the", null)]
    [InlineData("Some", null)]
    public void Context_that_is_not_adjacent_does_not_match(string? prefix, string? suffix)
    {
        var text = ReaderText.Parse("Some of the reserves are known. They say the reserves, and more. And the reserves; then nothing.");
        var notFound = Assert.IsType<NotFound>(QuoteAnchor.Find(text, new TextQuote("reserves", prefix, suffix)));
        Assert.Equal(3, notFound.MatchesIgnoringContext);
    }

    [Fact]
    public void Prefix_must_immediately_precede()
    {
        var text = ReaderText.Parse("note that India holds. note that, sadly, India holds.");
        var anchored = Assert.IsType<Anchored>(QuoteAnchor.Find(text, new TextQuote("India holds", "note that")));
        Assert.Equal(10, anchored.Start);
        var notFound = Assert.IsType<NotFound>(QuoteAnchor.Find(text, new TextQuote("India holds", "note that sadly")));
        Assert.Equal(2, notFound.MatchesIgnoringContext);
        Assert.Equal("note that, sadly, India holds.", notFound.ClosestPassage);
    }

    [Fact]
    public void Suffix_must_immediately_follow()
    {
        var text = ReaderText.Parse("output rises, so prices fall. output rises so prices fall.");
        Assert.Equal(30, Assert.IsType<Anchored>(QuoteAnchor.Find(text, new TextQuote("output rises", null, "so prices"))).Start);
        Assert.Equal(0, Assert.IsType<Anchored>(QuoteAnchor.Find(text, new TextQuote("output rises", null, ", so"))).Start);
        Assert.IsType<NotFound>(QuoteAnchor.Find(text, new TextQuote("output rises", null, "prices")));
    }

    [Fact]
    public void Prefix_and_suffix_may_run_to_the_edges_of_the_text_but_not_past_them()
    {
        var text = ReaderText.Parse("alpha beta gamma");
        Assert.IsType<Anchored>(QuoteAnchor.Find(text, new TextQuote("beta", "alpha", "gamma")));
        Assert.IsType<NotFound>(QuoteAnchor.Find(text, new TextQuote("beta", "x alpha", null)));
        Assert.IsType<NotFound>(QuoteAnchor.Find(text, new TextQuote("beta", null, "gamma delta")));
    }

    [Fact]
    public void A_blank_prefix_or_suffix_is_no_constraint()
    {
        var text = ReaderText.Parse("one two one");
        Assert.IsType<Ambiguous>(QuoteAnchor.Find(text, new TextQuote("one", "  ", "\n")));
    }

    [Fact]
    public void An_empty_quote_is_not_found()
    {
        var text = ReaderText.Parse("anything");
        Assert.Equal(new NotFound("", 0), QuoteAnchor.Find(text, new TextQuote(" \n ")));
    }

    [Fact]
    public void Quotes_in_an_empty_text_are_not_found()
    {
        Assert.Equal(new NotFound("", 0), QuoteAnchor.Find(ReaderText.Parse(""), new TextQuote("x")));
    }

    private const string Reserves =
        "Export controls were tightened in April. It is important to note that India holds the world's third-largest rare earth reserves, so increasing output matters.";

    [Fact]
    public void Closest_passage_is_the_misquoted_passage_in_whole_words()
    {
        var text = ReaderText.Parse(Reserves);
        var notFound = Assert.IsType<NotFound>(QuoteAnchor.Find(text, new TextQuote("India holds the worlds third largest rare earth reserve")));
        Assert.Equal("India holds the world's third-largest rare earth reserves,", notFound.ClosestPassage);
        Assert.Equal(text.Text.IndexOf("India", StringComparison.Ordinal), notFound.ClosestStart);
        Assert.Equal(0, notFound.MatchesIgnoringContext);
    }

    [Fact]
    public void Closest_passage_for_a_paraphrase_lands_in_the_right_sentence()
    {
        // Edit distance favours the stretch that matches best, so a paraphrase may lose its
        // first words; the hint still points at the right place.
        var text = ReaderText.Parse(Reserves);
        var notFound = Assert.IsType<NotFound>(QuoteAnchor.Find(text, new TextQuote("India has the third largest rare-earth reserve")));
        Assert.Contains("third-largest rare earth reserves", notFound.ClosestPassage, StringComparison.Ordinal);
        Assert.InRange(notFound.ClosestStart, text.Text.IndexOf("India", StringComparison.Ordinal), text.Text.IndexOf("third", StringComparison.Ordinal));
    }

    [Fact]
    public void Closest_passage_ignores_case_and_quote_style()
    {
        var text = ReaderText.Parse("First. The “Quad” alliance was announced. Last.");
        var notFound = Assert.IsType<NotFound>(QuoteAnchor.Find(text, new TextQuote("the \"quad\" alliance was announce")));
        Assert.Equal("The “Quad” alliance was announced.", notFound.ClosestPassage);
    }

    [Fact]
    public void Closest_passage_in_cjk_is_cut_by_character()
    {
        var text = ReaderText.Parse("据报道，印度拥有世界第三大稀土储量。这一说法没有给出来源。");
        var notFound = Assert.IsType<NotFound>(QuoteAnchor.Find(text, new TextQuote("印度拥有全球第三大稀土储量")));
        Assert.Equal("印度拥有世界第三大稀土储量", notFound.ClosestPassage);
    }

    [Fact]
    public void Surrogate_pairs_are_matched_and_never_split()
    {
        var text = ReaderText.Parse("The 𠮷 sign and the 😀 face, then 𠮷野家.");
        var anchored = Assert.IsType<Anchored>(QuoteAnchor.Find(text, new TextQuote("😀 face")));
        Assert.Equal("😀 face", text.Text.Substring(anchored.Start, anchored.Length));
        var notFound = Assert.IsType<NotFound>(QuoteAnchor.Find(text, new TextQuote("𠮷野屋")));
        Assert.False(char.IsLowSurrogate(notFound.ClosestPassage[0]));
        Assert.False(char.IsHighSurrogate(notFound.ClosestPassage[^1]));
        Assert.Contains("𠮷", notFound.ClosestPassage, StringComparison.Ordinal);
    }

    [Fact]
    public void Closest_passage_for_a_long_quote_uses_its_ends()
    {
        var body = SyntheticProse.Write(20_000);
        var text = ReaderText.Parse(body);
        var start = text.Text.Length / 2;
        var original = text.Text.Substring(start, 600);
        var altered = original[..250] + "COMPLETELY DIFFERENT MIDDLE" + original[280..];
        var notFound = Assert.IsType<NotFound>(QuoteAnchor.Find(text, new TextQuote(altered)));
        Assert.InRange(notFound.ClosestStart, start - 20, start + 20);
    }

    // Speed is measured by the benchmark (bench/RareEarthArchive.Bench -- --anchoring), not here: these check that
    // the long-text paths (a closest passage over 100 KB, a long quote) give the right answers.
    [Theory]
    [InlineData(80)]
    [InlineData(2_000)]
    public void Not_found_in_a_100_kb_text_still_names_a_closest_passage(int quoteLength)
    {
        var text = ReaderText.Parse(SyntheticProse.Write(100_000));
        var quote = new string('q', quoteLength / 2) + " " + new string('z', quoteLength / 2);
        var notFound = Assert.IsType<NotFound>(QuoteAnchor.Find(text, new TextQuote(quote)));
        Assert.NotEmpty(notFound.ClosestPassage);
        Assert.Equal(notFound.ClosestPassage, text.Text.Substring(notFound.ClosestStart, notFound.ClosestPassage.Length));
    }

    [Fact]
    public void A_passage_of_a_100_kb_text_is_anchored_where_it_is()
    {
        var text = ReaderText.Parse(SyntheticProse.Write(100_000));
        // A stretch that starts and ends at word boundaries, narrowed by the 40 characters before it.
        var start = text.Text.IndexOf(' ', text.Length / 3) + 1;
        var quote = text.Text.Substring(start, 120).TrimEnd();
        var anchored = Assert.IsType<Anchored>(QuoteAnchor.Find(text, new TextQuote(quote, text.Text.Substring(start - 40, 40))));
        Assert.Equal((start, quote.Length), (anchored.Start, anchored.Length));
    }
}
