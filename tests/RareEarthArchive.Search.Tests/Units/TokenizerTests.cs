using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Search.Tests.Units;

public sealed class TokenizerTests
{
    private static string[] Texts(LunrValue value) => LunrTokenizer.Tokenize(value, "f").Select(t => t.Text).ToArray();

    [Theory]
    [InlineData("a b", new[] { "a", "b" })]
    [InlineData("  lead  trail  ", new[] { "lead", "trail" })]
    [InlineData("e-mail foo--bar", new[] { "e", "mail", "foo", "bar" })]
    [InlineData("nbsp\u00a0ideo\u3000bom\ufeffthin\u2009ls\u2028end", new[] { "nbsp", "ideo", "bom", "thin", "ls", "end" })]
    [InlineData("nel\u0085zw\u200bsp", new[] { "nel\u0085zw\u200bsp" })] // not JS \s
    [InlineData("a/b.c_d—e", new[] { "a/b.c_d—e" })] // punctuation is left to the trimmer
    [InlineData("稀土元素 Café", new[] { "稀土元素", "café" })]
    public void Splits_on_js_whitespace_and_hyphen_only(string input, string[] expected) => Assert.Equal(expected, Texts(input));

    [Fact]
    public void Positions_count_utf16_units_of_the_lowercased_text()
    {
        // İ lowercases to i + U+0307, two units, which shifts every later position.
        var tokens = LunrTokenizer.Tokenize("İx 🔥y z", "f");
        Assert.Equal(["i\u0307x", "🔥y", "z"], tokens.Select(t => t.Text));
        Assert.Equal([(0, 3), (4, 3), (8, 1)], tokens.Select(t => (t.Metadata.Start!.Value, t.Metadata.Length!.Value)));
        Assert.Equal([0, 1, 2], tokens.Select(t => t.Metadata.Index!.Value));
    }

    [Fact]
    public void Lowercases_like_javascript()
    {
        Assert.Equal(["ιστος", "xσi"], Texts("ΙΣΤΟΣ xΣi"));
        Assert.Equal(["istanbul"], Texts("ISTANBUL")); // never Turkish dotless ı, whatever the culture
        Assert.Equal(["\U00010D70"], Texts("\U00010D50")); // Garay, newer than the system ICU
    }

    [Fact]
    public void Converts_values_the_javascript_way()
    {
        Assert.Equal(["12.5"], Texts(12.50));
        Assert.Equal(["1e+21"], Texts(1e21));
        Assert.Equal(["true"], Texts(true));
        Assert.Empty(Texts(LunrValue.Null));
        Assert.Equal(["multi word", "", "a,,1"], Texts(LunrValue.Array("Multi Word", LunrValue.Null, LunrValue.Array("a", LunrValue.Null, 1))));
    }
}
