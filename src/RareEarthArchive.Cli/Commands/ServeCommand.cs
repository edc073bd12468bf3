using System.Globalization;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using RareEarthArchive.Cli.Console;
using RareEarthArchive.Cli.Preview;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Cli.Commands;

/// <summary>
/// <c>rea serve [SITE_DIR] [--port N] [--output DIR]</c>: builds, serves on 127.0.0.1, rebuilds on every change to
/// content, config or theme and reloads open pages. The base URL is the server's own address, so every link works
/// locally whatever site.config.yml says.
/// </summary>
public sealed class ServeCommand(ICommandConsole console, SiteBuilder builder) : ICommand
{
    public const int DefaultPort = 8080;

    public string Name => "serve";

    public string Usage => "serve [SITE_DIR] [--port N] [--output DIR]";

    public string Summary => $"Preview on http://127.0.0.1:{DefaultPort}/ (--port 0: any free port); rebuild and reload on every change.";

    public static readonly IReadOnlyList<CommandOption> OptionList =
    [
        CommandOption.Value("port", "N", $"The port on 127.0.0.1 (default {DefaultPort}; 0: any free port)."),
        CommandOption.Value("output", "DIR", "Also write each good build to DIR (default: kept in memory)."),
    ];

    public IReadOnlyList<CommandOption> Options => OptionList;

    public int Run(Arguments arguments)
    {
        using var stop = new CancellationTokenSource();
        // Ctrl+C and SIGTERM end the server cleanly (the registrations cancel the default kill).
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return RunAsync(arguments, stop.Token, started: null).GetAwaiter().GetResult();

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    /// <summary>Serves until <paramref name="stop"/>; <paramref name="started"/> sees the running session (tests).</summary>
    internal async Task<int> RunAsync(Arguments arguments, CancellationToken stop, Action<PreviewServer, PreviewSession>? started)
    {
        if (SiteDirectory.Resolve(arguments, console.Error) is not { } site)
        {
            return ExitCodes.UsageError;
        }
        var port = DefaultPort;
        if (arguments.Option("port") is { } p && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535))
        {
            console.Error.WriteLine($"error: --port must be a whole number from 0 to 65535, not '{p}'");
            return ExitCodes.UsageError;
        }
        var output = arguments.Option("output") is { } o ? Path.GetFullPath(o) : null;

        var events = new EventHub();
        PreviewSession? session = null;
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(port, () => session?.State ?? PreviewState.Starting, events).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
        {
            console.Error.WriteLine($"error: cannot listen on 127.0.0.1:{port}: {e.Message}; choose another --port, or --port 0 for any free port");
            return ExitCodes.ContentErrors;
        }
        await using (server.ConfigureAwait(false))
        {
            var options = new BuildOptions(site, output, server.Address, SourceDateEpoch.Read(console));
            session = new PreviewSession(builder, options, console, events);
            session.Rebuild("start");
            using var watcher = new SiteWatcher(site, changed =>
                session.Rebuild(changed.Count == 1 ? changed[0] : $"{changed[0]} and {changed.Count - 1} more"));
            console.Out.WriteLine($"serving {server.Address} (only this computer can connect); Ctrl+C to stop");
            console.Out.Flush();
            started?.Invoke(server, session);
            try
            {
                await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                console.Out.WriteLine("stopped");
            }
        }
        return ExitCodes.Success;
    }
}
