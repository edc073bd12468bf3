using RareEarthArchive.Core.Text;

namespace RareEarthArchive.Tests.Text;

public sealed class PluralTests
{
    [Theory]
    [InlineData(0, "source", null, "0 sources")]
    [InlineData(1, "source", null, "1 source")]
    [InlineData(2, "annotated passage", null, "2 annotated passages")]
    [InlineData(1, "passage traces", "passages trace", "1 passage traces")]
    [InlineData(3, "passage traces", "passages trace", "3 passages trace")]
    [InlineData(12345, "page", null, "12345 pages")]
    public void A_count_agrees_with_its_noun(int count, string singular, string? plural, string expected) =>
        Assert.Equal(expected, Plural.Count(count, singular, plural));

    [Theory]
    [InlineData(1, "claim", "claim")]
    [InlineData(0, "claim", "claims")]
    [InlineData(7, "claim", "claims")]
    public void The_word_alone(int count, string singular, string expected) => Assert.Equal(expected, Plural.Word(count, singular));

    [Theory]
    [InlineData("supports", "support")]
    [InlineData("qualifies", "qualify")]
    [InlineData("disputes", "dispute")]
    [InlineData("mentions", "mention")]
    [InlineData("touches", "touch")]
    [InlineData("dismisses", "dismiss")]
    [InlineData("flies", "fly")]
    [InlineData("ies", "ie")]
    [InlineData("confirm", "confirm")]
    public void A_stance_verb_agrees_with_a_plural_subject(string verb, string expected) => Assert.Equal(expected, Plural.Verb(verb));

}
