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

    [Fact]
    public void The_cached_stemmer_answers_like_the_stemmer_past_its_limit_and_on_other_threads()
    {
        // More distinct words than the cache holds, each asked twice, so hits, misses and the reset are all exercised.
        var words = Enumerable.Range(0, PorterStemmerFunction.CacheLimit + 500)
            .Select(i => (i % 4) switch { 0 => $"w{i}ing", 1 => $"x{i}ational", 2 => $"ponies{i}s", _ => $"y{i}ness" })
            .ToList();
        foreach (var pass in new[] { 1, 2 })
        {
            foreach (var word in words)
            {
                Assert.True(PorterStemmer.Stem(word) == PorterStemmerFunction.Stem(word), $"pass {pass}: {word}");
            }
        }

        var mismatches = words.Take(5000).AsParallel().Count(w => PorterStemmer.Stem(w) != PorterStemmerFunction.Stem(w));
        Assert.Equal(0, mismatches);
    }
}
