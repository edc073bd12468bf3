using System.Text.Json;

namespace RareEarthArchive.Tests.Preview;

/// <summary>A client of the preview's Server-Sent Events stream, as the injected script sees it.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<EventStream> OpenAsync(HttpClient http)
    {
        var response = await http.GetAsync(new Uri("/__rea/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event; fails the test after 20 s (a rebuild of the seed archive takes well under one).</summary>
    public async Task<Event> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string? name = null;
        string? data = null;
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0 && name is not null && data is not null)
            {
                using var json = JsonDocument.Parse(data);
                var root = json.RootElement;
                return new Event(name, root.GetProperty("build").GetInt64(), root.GetProperty("failed").GetBoolean(),
                    [.. root.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)]);
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }
        throw new InvalidOperationException("the event stream ended");
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }

    public sealed record Event(string Name, long Build, bool Failed, IReadOnlyList<string> Errors);
}
