using RareEarthArchive.Core.Markdown;

namespace RareEarthArchive.Tests.Markdown;

public sealed class UrlSafetyTests
{
    [Theory]
    [InlineData("")]
    [InlineData("https://example.com/a?b=c#d")]
    [InlineData("HTTP://EXAMPLE.COM")]
    [InlineData("mailto:editors@example.org")]
    [InlineData("/sources/quad-alliance/")]
    [InlineData("../claims/x/")]
    [InlineData("#india-third")]
    [InlineData("?q=rare+earth")]
    [InlineData("//cdn.example.com/x.png")]
    [InlineData("page.html")]
    [InlineData("a/b:c")]
    public void Allows(string url) => Assert.True(UrlSafety.IsSafe(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("\u0001\u0002 javascript:alert(1)")]
    [InlineData("\tjavascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("java\r\nscript:alert(1)")]
    [InlineData("javascript://%0Aalert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("data:image/svg+xml,<svg onload=alert(1)>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/")]
    [InlineData("ｊａｖａｓｃｒｉｐｔ:alert(1)")]
    [InlineData("%6Aavascript:alert(1)")]
    [InlineData("a:b")]
    public void Refuses(string url) => Assert.False(UrlSafety.IsSafe(url));
}
