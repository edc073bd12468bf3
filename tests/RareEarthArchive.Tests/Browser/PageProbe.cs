using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace RareEarthArchive.Tests.Browser;

/// <summary>
/// Records what would show in a browser's console as a problem: console errors, uncaught exceptions, failed or
/// 4xx/5xx requests. Nothing is exempt: pages declare their icon under the base path, so even Chromium's own
/// favicon request must succeed.
/// </summary>
public sealed class PageProbe
{
    public PageProbe(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "assert")
            {
                Problems.Enqueue($"console.{message.Type}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Problems.Enqueue("page error: " + error);
        page.RequestFailed += (_, request) => Problems.Enqueue($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
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
