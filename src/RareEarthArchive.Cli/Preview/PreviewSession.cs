using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Cli.Console;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Text;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Cli.Preview;

/// <summary>
/// Builds the site for the preview and keeps the last good build. A failed build leaves the last good one
/// served, prints its diagnostics like <c>rea build</c> does and sends them to open pages; a good build
/// replaces the state in one swap and tells open pages to reload. One build at a time: the watcher's bursts
/// queue behind the running build and then run once.
/// </summary>
internal sealed class PreviewSession(SiteBuilder builder, BuildOptions options, ICommandConsole console, EventHub events)
{
    private readonly Lock _buildGate = new();
    private volatile PreviewState _state = PreviewState.Starting;

    public PreviewState State => _state;

    public EventHub Events => events;

    /// <summary>How long the last rebuild took, start to swap (for the terminal and the benchmark).</summary>
    public TimeSpan LastElapsed { get; private set; }

    /// <summary>Builds once; <paramref name="reason"/> names what changed, for the terminal line.</summary>
    public PreviewState Rebuild(string reason)
    {
        lock (_buildGate)
        {
            var clock = Stopwatch.StartNew();
            var previous = _state;
            BuildResult result;
            ISiteFiles? files;
            try
            {
                (result, files) = Build();
            }
            catch (Exception e)
            {
                // A bug in the builder (an exception where a diagnostic belongs) must not end the preview: this
                // runs on the watcher's thread, where an unhandled exception kills the process. Shown like a
                // diagnostic, without a stack trace; the next save tries again.
                var problem = new Diagnostic(SourceLocation.FileStart(reason.Contains(' ', StringComparison.Ordinal) || reason == "start" ? "(build)" : reason), Severity.Error, DiagnosticCodes.InternalError.Id,
                    $"the build stopped with an internal error ({e.GetType().Name}: {e.Message}); please report it with the file that triggered it", BuildPhase.Load);
                (result, files) = (new BuildResult([problem], 0, 0, [], null), null);
            }
            LastElapsed = clock.Elapsed;
            var ms = LastElapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            DiagnosticPrinter.Print(result.Diagnostics, console);
            if (result.Succeeded && files is not null)
            {
                _state = new PreviewState(previous.Build + 1, files, []);
                console.Out.WriteLine($"[{ControlText.Escape(reason)}] built {Plural.Count(result.PageCount, "page")} in {ms} ms");
                events.Publish(new ServerEvent("reload", Json(_state)));
            }
            else
            {
                _state = previous with { Errors = [.. result.Diagnostics.Select(d => d.ToString())] };
                console.Error.WriteLine(previous.Files is null
                    ? $"[{ControlText.Escape(reason)}] build failed after {ms} ms; nothing to serve until it is fixed"
                    : $"[{ControlText.Escape(reason)}] build failed after {ms} ms; still serving the last good build");
                events.Publish(new ServerEvent("errors", Json(_state)));
            }
            return _state;
        }
    }

    private (BuildResult Result, ISiteFiles? Files) Build()
    {
        if (options.OutputDirectory is { } output)
        {
            var written = builder.Build(options);
            return (written, written.Succeeded ? new FolderSiteFiles(output) : null);
        }
        var (result, files) = builder.BuildInMemory(options);
        return (result, result.Succeeded ? new MemorySiteFiles(files) : null);
    }

    public static string Json(PreviewState state) =>
        JsonSerializer.Serialize(new EventData(state.Build, state.Failed, state.Errors), EventJson.Options);

    private sealed record EventData(long Build, bool Failed, IReadOnlyList<string> Errors);

    private static class EventJson
    {
        public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    }
}
