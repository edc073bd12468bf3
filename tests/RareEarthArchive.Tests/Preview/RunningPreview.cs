using System.Net.Sockets;
using System.Text;
using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Cli.Console;
using RareEarthArchive.Cli.Preview;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Tests.Preview;

/// <summary>A real <c>rea serve</c> (the command's own code path) on a free port, stopped when disposed.</summary>
internal sealed class RunningPreview : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task<int>? _run;

    private RunningPreview(RecordingConsole console)
    {
        Console = console;
    }

    public RecordingConsole Console { get; }

    public Uri Address { get; private set; } = null!;

    public PreviewSession Session { get; private set; } = null!;

    public static Task<RunningPreview> StartAsync(string site, params string[] extra) => StartAsync(SiteBuilder.Create(), site, extra);

    public static async Task<RunningPreview> StartAsync(SiteBuilder builder, string site, params string[] extra)
    {
        var preview = new RunningPreview(new RecordingConsole());
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var command = new ServeCommand(preview.Console, builder);
        var arguments = Arguments.Parse([site, "--port", "0", .. extra], ServeCommand.OptionList, out var error)
            ?? throw new InvalidOperationException(error);
        preview._run = Task.Run(() => command.RunAsync(arguments, preview._stop.Token, (server, session) =>
        {
            preview.Address = server.Address;
            preview.Session = session;
            started.TrySetResult();
        }));
        var first = await Task.WhenAny(started.Task, preview._run, Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != started.Task)
        {
            throw new InvalidOperationException("rea serve did not start: " + preview.Console.Text);
        }
        return preview;
    }

    /// <summary>Sends the request target exactly as given (no client-side normalisation) and returns status and body.</summary>
    public async Task<(int Status, string Body)> RawGetAsync(string target, string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(Address.Host, Address.Port);
        await using var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host ?? Address.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var statusLine = response[..response.IndexOf('\r', StringComparison.Ordinal)];
        var body = response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        return (int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), body);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            Assert.Equal(ExitCodes.Success, await _run.WaitAsync(TimeSpan.FromSeconds(30)));
        }
        _stop.Dispose();
    }
}

/// <summary>A console that the watcher thread and the test can both use at once.</summary>
internal sealed class RecordingConsole : ICommandConsole
{
    private readonly StringWriter _text = new() { NewLine = "\n" };

    public RecordingConsole()
    {
        Out = TextWriter.Synchronized(_text);
        Error = Out;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public string Text
    {
        get
        {
            lock (Out)
            {
                return _text.ToString();
            }
        }
    }

    public string? GetEnvironmentVariable(string name) => null;
}
