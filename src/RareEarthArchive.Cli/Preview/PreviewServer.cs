using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;

namespace RareEarthArchive.Cli.Preview;

/// <summary>
/// The preview's HTTP server. Kestrel rather than HttpListener: it is in the ASP.NET Core shared framework that
/// every SDK install has, it can listen on one explicit IPv4 loopback endpoint (HttpListener on Linux takes URL
/// prefixes and its managed implementation is legacy), <c>--port 0</c> reports the port it got, and it hands us the
/// raw request target, so <see cref="RequestPath"/> checks what the client actually sent. Only one terminal
/// handler runs: no static-file middleware, no routing, nothing that maps a URL to the disk on its own.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;
    private readonly Func<PreviewState> _state;
    private readonly EventHub _events;
    private readonly CancellationTokenSource _stopping = new();

    private PreviewServer(WebApplication app, Func<PreviewState> state, EventHub events)
    {
        _app = app;
        _state = state;
        _events = events;
        app.Run(HandleAsync);
    }

    /// <summary>The address it listens on: always http://127.0.0.1:PORT/.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts listening on 127.0.0.1 only; port 0 picks a free port.</summary>
    public static async Task<PreviewServer> StartAsync(int port, Func<PreviewState> state, EventHub events)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        var server = new PreviewServer(builder.Build(), state, events);
        await server._app.StartAsync().ConfigureAwait(false);
        var address = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.Address = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        // Open event streams never end on their own: end them first, or stopping waits for them.
        await _stopping.CancelAsync().ConfigureAwait(false);
        _events.CompleteAll();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        if (!PreviewHost.IsAllowed(context.Request.Headers.Host.ToString(), Address.Port))
        {
            // Before anything is read or streamed: a rebinding page must learn nothing, not even that a build failed.
            await Text(context, StatusCodes.Status421MisdirectedRequest, "this preview answers only 127.0.0.1, localhost and [::1]").ConfigureAwait(false);
            return;
        }
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Text(context, StatusCodes.Status405MethodNotAllowed, "method not allowed").ConfigureAwait(false);
            return;
        }
        var raw = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var path = RequestPath.Resolve(raw, out var isDirectory);
        if (path is null)
        {
            await Text(context, StatusCodes.Status400BadRequest, "bad request path").ConfigureAwait(false);
            return;
        }
        if ("/" + path == LiveReload.EventsPath)
        {
            await StreamEventsAsync(context).ConfigureAwait(false);
            return;
        }
        if ("/" + path == LiveReload.ScriptPath)
        {
            await Bytes(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", LiveReload.Script).ConfigureAwait(false);
            return;
        }
        var state = _state();
        if (state.Files is not { } files)
        {
            var page = Encoding.UTF8.GetBytes(
                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>rea serve</title></head><body>"
                + "<p>No good build yet: fix the errors shown in the terminal; this page reloads when the build succeeds.</p></body></html>");
            await Html(context, StatusCodes.Status503ServiceUnavailable, page, state.Build).ConfigureAwait(false);
            return;
        }
        var file = isDirectory ? (path.Length == 0 ? "index.html" : path + "/index.html") : path;
        if (files.Read(file) is { } content)
        {
            var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
            if (type == "text/html")
            {
                await Html(context, StatusCodes.Status200OK, content, state.Build).ConfigureAwait(false);
            }
            else
            {
                await Bytes(context, StatusCodes.Status200OK, type, content).ConfigureAwait(false);
            }
            return;
        }
        if (!isDirectory && files.IsDirectory(path))
        {
            // Like GitHub Pages: a folder without its slash redirects, so relative links in its index resolve.
            var q = raw.IndexOf('?', StringComparison.Ordinal);
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = q >= 0 ? raw[..q] + "/" + raw[q..] : raw + "/";
            return;
        }
        if (files.Read("404.html") is { } notFound)
        {
            await Html(context, StatusCodes.Status404NotFound, notFound, state.Build).ConfigureAwait(false);
            return;
        }
        await Text(context, StatusCodes.Status404NotFound, "not found").ConfigureAwait(false);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        // Subscribe before reading the state, so a build that finishes in between is still announced.
        var reader = _events.Subscribe(out var unsubscribe);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            var state = _state();
            await Write(response, new ServerEvent("hello", PreviewSession.Json(state)), cancel.Token).ConfigureAwait(false);
            if (state.Failed)
            {
                await Write(response, new ServerEvent("errors", PreviewSession.Json(state)), cancel.Token).ConfigureAwait(false);
            }
            while (await reader.WaitToReadAsync(cancel.Token).ConfigureAwait(false))
            {
                while (reader.TryRead(out var message))
                {
                    await Write(response, message, cancel.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping.
        }
        finally
        {
            unsubscribe();
        }
    }

    private static async Task Write(HttpResponse response, ServerEvent message, CancellationToken cancel)
    {
        await response.WriteAsync(message.ToWireFormat(), cancel).ConfigureAwait(false);
        await response.Body.FlushAsync(cancel).ConfigureAwait(false);
    }

    private static Task Html(HttpContext context, int status, byte[] html, long build) =>
        Bytes(context, status, "text/html; charset=utf-8", LiveReload.Inject(html, build));

    private static Task Text(HttpContext context, int status, string text) =>
        Bytes(context, status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text + "\n"));

    private static async Task Bytes(HttpContext context, int status, string type, byte[] content)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(content, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
