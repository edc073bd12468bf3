using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace RareEarthArchive.Tests.Browser;

/// <summary>
/// A tiny static HTTP server for browser tests: serves a built site folder under a sub-path on 127.0.0.1 and a
/// free port, the way GitHub Pages serves a project site (<c>http://127.0.0.1:PORT/RareEarthArchive/…</c>).
/// <list type="bullet">
///   <item>GET and HEAD only; <c>/dir/</c> serves <c>dir/index.html</c>; <c>/dir</c> redirects to <c>/dir/</c>.</item>
///   <item>Anything outside the base path, or missing, is a 404 with the site's own <c>404.html</c>: a page that
///   hard-codes <c>/</c> instead of its base path fails visibly. <see cref="NotFound"/> lists those requests.</item>
///   <item>Paths are resolved inside the root only (no <c>..</c> escapes); files are read on each request, so a
///   test may rebuild the folder while the server runs.</item>
/// </list>
/// Usage: <c>await using var server = StaticSiteServer.Start(siteFolder, "/RareEarthArchive/");</c> then
/// <c>page.GotoAsync(server.Url("search/?q=x"))</c>. Reusable by any test that needs a site over HTTP.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".csv"] = "text/csv; charset=utf-8",
        [".jsonld"] = "application/ld+json; charset=utf-8",
    };

    private readonly HttpListener _listener;
    private readonly Task _loop;
    private readonly string _root;

    private StaticSiteServer(string root, string basePath, int port)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        BasePath = basePath;
        Origin = $"http://127.0.0.1:{port}";
        _listener = new HttpListener();
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary><c>http://127.0.0.1:PORT</c>, no trailing slash.</summary>
    public string Origin { get; }

    /// <summary>The sub-path the site is served under, starting and ending with '/'.</summary>
    public string BasePath { get; }

    /// <summary>Every path requested, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Every path that got a 404.</summary>
    public ConcurrentQueue<string> NotFound { get; } = new();

    public static StaticSiteServer Start(string siteFolder, string basePath = "/RareEarthArchive/")
    {
        if (!basePath.StartsWith('/') || !basePath.EndsWith('/'))
        {
            throw new ArgumentException("the base path starts and ends with '/'", nameof(basePath));
        }
        // HttpListener needs a concrete port: take a free one from the OS. Retry on the rare race with another process.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new StaticSiteServer(siteFolder, basePath, FreePort());
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }
    }

    /// <summary>The absolute URL of a path relative to the base path (<c>"search/?q=x"</c>).</summary>
    public string Url(string relative = "") => Origin + BasePath + relative.TrimStart('/');

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }
            _ = Task.Run(() => Handle(context));
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = context.Request.Url!.AbsolutePath;
            Requests.Enqueue(path);
            if (context.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
                return;
            }
            if (path + "/" == BasePath || (Resolve(path) is { } dir && Directory.Exists(dir) && !path.EndsWith('/')))
            {
                response.StatusCode = 301;
                response.RedirectLocation = path + "/" + context.Request.Url.Query;
                return;
            }
            var file = Resolve(path);
            if (file is not null && Directory.Exists(file))
            {
                file = Path.Combine(file, "index.html");
            }
            if (file is null || !File.Exists(file))
            {
                NotFound.Enqueue(path);
                response.StatusCode = 404;
                var notFound = Path.Combine(_root, "404.html");
                Send(response, context.Request.HttpMethod, File.Exists(notFound) ? File.ReadAllBytes(notFound) : "Not found"u8.ToArray(), "text/html; charset=utf-8");
                return;
            }
            response.StatusCode = 200;
            Send(response, context.Request.HttpMethod, File.ReadAllBytes(file), ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream"));
        }
        catch (Exception e) when (e is IOException or HttpListenerException or UnauthorizedAccessException)
        {
            // the client went away, or a file vanished mid-rebuild: nothing to report
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
            }
        }
    }

    private static void Send(HttpListenerResponse response, string method, byte[] body, string contentType)
    {
        response.ContentType = contentType;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        if (method == "GET")
        {
            response.OutputStream.Write(body);
        }
    }

    /// <summary>The file system path for a URL path under the base path, or null when it is outside the base path or the root.</summary>
    private string? Resolve(string urlPath)
    {
        if (!urlPath.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return null;
        }
        var relative = Uri.UnescapeDataString(urlPath[BasePath.Length..]);
        if (relative.Contains('\\', StringComparison.Ordinal) || relative.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        return full == _root || full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop.ConfigureAwait(false);
    }
}
