using RareEarthArchive.Core.TextFragments;
using static RareEarthArchive.Core.TextFragments.TextDirectiveMatcher;

namespace RareEarthArchive.Tests.TextFragments;

/// <summary>The examples of the WICG text-fragment spec (index.bs), run against the syntax and the matcher.</summary>
public sealed class TextDirectiveSpecTests
{
    [Theory]
    [InlineData("an%20example%20text%20fragment", "an example text fragment", null, null, null)]
    [InlineData("an%20example,text%20fragment", "an example", "text fragment", null, null)]
    [InlineData("this%20is-,an%20example,-text%20fragment", "an example", null, "this is", "text fragment")]
    [InlineData("%D8%A7%D9%84%D8%A8%D8%AD%D8%B1%D9%8A%D9%86-,%D9%85%D8%B5%D8%B1", "مصر", null, "البحرين", null)]
    public void Spec_examples_parse_and_encode_back(string value, string start, string? end, string? prefix, string? suffix)
    {
        var directive = TextDirective.Parse(value);

        Assert.Equal(new TextDirective(start, end, prefix, suffix), directive);
        Assert.Equal("#:~:text=" + value, directive!.ToFragment());
    }

    [Theory]
    [InlineData("")]
    [InlineData("a,b,c,d,e")]
    [InlineData("-,a")]
    [InlineData("a,-")]
    [InlineData("a-b")]
    [InlineData("p-,a,b,c,-s")]
    [InlineData("%FF")]
    public void Values_the_spec_refuses_parse_to_null(string value) => Assert.Null(TextDirective.Parse(value));

    [Fact]
    public void Dash_comma_and_ampersand_inside_a_term_are_percent_encoded()
    {
        var directive = new TextDirective("rare-earth, magnets & motors", Prefix: "U.S.-China", Suffix: "50% (2024)");

        Assert.Equal("#:~:text=U.S.%2DChina-,rare%2Dearth%2C%20magnets%20%26%20motors,-50%25%20(2024)", directive.ToFragment());
        Assert.Equal(directive, TextDirective.Parse(directive.ToFragment()["#:~:text=".Length..]));
    }

    [Fact]
    public void Context_terms_pick_the_instance_they_surround()
    {
        var directive = new TextDirective("an example", Prefix: "this is", Suffix: "text fragment");

        Assert.Single(Find("this is an example text fragment", directive));
        Assert.Empty(Find("here is an example text", directive));
    }

    [Fact]
    public void A_term_never_matches_across_a_block()
    {
        var directive = new TextDirective("The quick", End: "lazy dog");

        Assert.Empty(Find("The\nquick brown fox\njumped over the lazy dog", directive));
        Assert.Equal([(0, 44)], Find("The quick brown fox\njumped over the lazy dog", directive));
    }

    [Theory]
    [InlineData("mountain range", "range", true, true, true)]
    [InlineData("color orange", "range", false, true, false)]
    [InlineData("forest ranger", "range", true, false, false)]
    public void Matches_start_and_end_on_word_boundaries(string text, string query, bool startBounded, bool endBounded, bool matches)
    {
        var at = text.IndexOf(query, StringComparison.Ordinal);
        Assert.Equal(startBounded, WordBoundary.At(text, at) is Boundary.Yes);
        Assert.Equal(endBounded, WordBoundary.At(text, at + query.Length) is Boundary.Yes);
        Assert.Equal(matches, Find(text, new TextDirective(query)).Count == 1);
    }

    [Fact]
    public void A_phrase_is_word_bounded_or_not_as_in_the_spec()
    {
        Assert.Single(Find("An impressive mountain range", new TextDirective("mountain range")));
        Assert.Empty(Find("An impressive mountain ranger", new TextDirective("mountain range")));
    }

    [Fact]
    public void Matching_ignores_case_and_accents()
    {
        Assert.Single(Find("The Élysée said so", new TextDirective("the elysee SAID")));
    }

    [Fact]
    public void Japanese_word_boundaries_need_a_dictionary_so_the_link_leans_on_context_instead()
    {
        // The spec: in "ウィキペディアへようこそ", "ようこそ" is word-bounded and "ようこ" is not. Without the
        // browser's dictionary both are undecidable: "ようこそ" alone might or might not match. A prefix
        // needs no boundary between itself and the match, only at its own start, so with the prefix every
        // browser matches.
        var text = new FragmentText("ウィキペディアへようこそ");
        var welcome = "ウィキペディアへ".Length;

        Assert.Equal(Boundary.Unknown, WordBoundary.At(text.Text, welcome));
        Assert.Single(FindAll(text, new TextDirective("ようこそ"), Mode.Lenient));
        Assert.Empty(FindAll(text, new TextDirective("ようこそ"), Mode.Strict));
        Assert.Equal(new TextDirective("ようこそ", Prefix: "ウィキペディアへ"), TextFragmentBuilder.Build(text, welcome, "ようこそ".Length));
        Assert.Empty(FindAll(text, new TextDirective("ようこ", Prefix: "ウィキペディアへ"), Mode.Strict));
    }

    private static IReadOnlyList<(int Start, int End)> Find(string text, TextDirective directive)
    {
        var strict = FindAll(new FragmentText(text), directive, Mode.Strict);
        Assert.Equal(strict, FindAll(new FragmentText(text), directive, Mode.Lenient));
        return strict;
    }
}
