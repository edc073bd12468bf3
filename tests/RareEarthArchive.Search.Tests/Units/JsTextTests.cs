using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Search.Tests.Units;

public sealed class JsTextTests
{
    [Theory]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\u0001\u001f", "\"\\u0001\\u001f\"")]
    [InlineData("\u007f\u0085\u2028</>&'+é稀🔥", "\"\u007f\u0085\u2028</>&'+é稀🔥\"")]
    public void Escapes_like_json_stringify(string value, string expected) => Assert.Equal(expected, JsText.ToJsonString(value));

    [Fact]
    public void Escapes_lone_surrogates_in_lower_case_hex()
    {
        // Not an InlineData: attribute strings cannot carry lone surrogates.
        var value = "x" + '\ud800' + "y" + '\udfff' + "🔥";
        Assert.Equal("\"x\\ud800y\\udfff🔥\"", JsText.ToJsonString(value));
    }

    [Fact]
    public void Orders_properties_like_javascript()
    {
        string[] inserted = ["b", "10", "2", "01", "4294967295", "4294967294", "-1", "1.5", "0"];
        Assert.Equal(["0", "2", "10", "4294967294", "b", "01", "4294967295", "-1", "1.5"], JsPropertyOrder.Order(inserted));
    }
}
