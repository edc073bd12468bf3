using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Search.Tests.Units;

public sealed class JsNumberTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(0.47, "0.47")]
    [InlineData(12.5, "12.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.00001, "0.00001")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(123456789012345680.0, "123456789012345680")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.2345e22, "1.2345e+22")]
    [InlineData(-3.25, "-3.25")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(100.0, "100")]
    public void Formats_like_number_to_string(double value, string expected) => Assert.Equal(expected, JsNumber.ToJsString(value));

    [Fact]
    public void Non_finite_numbers_are_null_in_json()
    {
        Assert.Equal("null", JsNumber.ToJson(double.NaN));
        Assert.Equal("null", JsNumber.ToJson(double.PositiveInfinity));
        Assert.Equal("NaN", JsNumber.ToJsString(double.NaN));
        Assert.Equal("0", JsNumber.ToJsString(-0.0));
    }

    [Theory]
    [InlineData(0.5, 1.0)]
    [InlineData(-0.5, 0.0)]
    [InlineData(2.5, 3.0)]
    [InlineData(-2.5, -2.0)]
    [InlineData(1.4999999999999998, 1.0)]
    public void Rounds_halves_up_like_math_round(double x, double expected) => Assert.Equal(expected, JsMath.Round(x));
}
