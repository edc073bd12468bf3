using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Search.Tests.Units;

public sealed class PorterStemmerTests
{
    [Theory]
    [InlineData("running", "run")]
    [InlineData("happiness", "happi")]
    [InlineData("generalization", "gener")]
    [InlineData("ponies", "poni")]
    [InlineData("caresses", "caress")]
    [InlineData("yelling", "yell")] // initial y stays a consonant and comes back lower case
    [InlineData("sky", "ski")]
    [InlineData("agreed", "agre")]
    [InlineData("feed", "feed")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("relational", "relat")]
    [InlineData("adoption", "adopt")] // step 4 -ion only because no other suffix matched
    [InlineData("controlling", "control")] // step 5 ll
    [InlineData("clancy's", "clancy'")] // lunr issue #250
    [InlineData("cafés", "café")] // é counts as a consonant
    [InlineData("is", "is")] // shorter than 3: untouched
    [InlineData("100%", "100%")]
    public void Stems_like_lunr(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void Javascript_dollar_and_dot_semantics_survive_line_breaks()
    {
        // Array elements are not split, so a token can end in "\n": JS '$' does not match before it.
        Assert.Equal("runs\n", PorterStemmer.Stem("runs\n"));
        Assert.Equal("hop\r", PorterStemmer.Stem("hop\r"));
    }
}
