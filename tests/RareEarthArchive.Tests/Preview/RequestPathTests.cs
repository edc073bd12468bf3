using RareEarthArchive.Cli.Preview;

namespace RareEarthArchive.Tests.Preview;

public sealed class RequestPathTests
{
    [Theory]
    [InlineData("/", "", true)]
    [InlineData("/index.html", "index.html", false)]
    [InlineData("/claims/", "claims", true)]
    [InlineData("/claims/x/?q=1#top", "claims/x", true)]
    [InlineData("/assets/site.css?v=2", "assets/site.css", false)]
    [InlineData("/search/%E7%A8%80%E5%9C%9F.html", "search/稀土.html", false)]
    [InlineData("/a%20b.html", "a b.html", false)]
    public void Accepts_plain_paths(string target, string expected, bool directory)
    {
        Assert.Equal(expected, RequestPath.Resolve(target, out var isDirectory));
        Assert.Equal(directory, isDirectory);
    }

    [Theory]
    [InlineData("/../site.config.yml")]
    [InlineData("/assets/../../etc/passwd")]
    [InlineData("/%2e%2e/site.config.yml")]
    [InlineData("/%2E%2E%2Fsite.config.yml")]
    [InlineData("/..%2fsite.config.yml")]
    [InlineData("/assets/.%2e/.%2e/etc/passwd")]
    [InlineData("/%252e%252e/site.config.yml")]
    [InlineData("/..\\site.config.yml")]
    [InlineData("/%5c..%5csite.config.yml")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/C%3A/Windows/win.ini")]
    [InlineData("/assets/%00.css")]
    [InlineData("/./index.html")]
    [InlineData("/a//b")]
    [InlineData("http://127.0.0.1/etc/passwd")]
    [InlineData("etc/passwd")]
    [InlineData("*")]
    [InlineData("/%zz")]
    public void Refuses_anything_that_could_leave_the_site(string target)
    {
        Assert.Null(RequestPath.Resolve(target, out _));
    }
}
