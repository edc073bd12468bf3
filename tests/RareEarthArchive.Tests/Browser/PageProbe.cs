using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace RareEarthArchive.Tests.Browser;

/// <summary>
/// Records what would show in a browser's console as a problem: console errors, uncaught exceptions, failed or
/// 4xx/5xx requests. Chromium's own request for <c>/favicon.ico</c> at the origin root (made by the browser, not by
/// the page, and outside the site's base path) is not counted: see <see cref="IsBrowserFaviconRequest"/>.
/// </summary>
public sealed class PageProbe
{
    /// <summary>True for the favicon request Chromium makes by itself when a page declares no icon.</summary>
    public static bool IsBrowserFaviconRequest(string urlOrPath) =>
        (Uri.TryCreate(urlOrPath, UriKind.Absolute, out var uri) ? uri.AbsolutePath : urlOrPath) == "/favicon.ico";

    public PageProbe(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type is not ("error" or "assert"))
            {
                return;
            }
            // "Failed to load resource" carries the resource's URL as its location: "http://host/favicon.ico:0:0".
            var resource = Regex.Replace(message.Location, @":\d+:\d+$", "");
            if (message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal) && IsBrowserFaviconRequest(resource))
            {
                return;
            }
            Problems.Enqueue($"console.{message.Type}: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => Problems.Enqueue("page error: " + error);
        page.RequestFailed += (_, request) => Problems.Enqueue($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !IsBrowserFaviconRequest(response.Url))
            {
                Problems.Enqueue($"HTTP {response.Status}: {response.Url}");
            }
        };
        page.Request += (_, request) => Requests.Enqueue(request.Url);
    }

    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>Every URL the page requested.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public void AssertClean() => Assert.True(Problems.IsEmpty, "browser problems:\n" + string.Join("\n", Problems));
}
