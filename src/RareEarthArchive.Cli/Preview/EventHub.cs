using System.Threading.Channels;

namespace RareEarthArchive.Cli.Preview;

/// <summary>The open event streams (one per open page); a message is queued to each, and a slow page never blocks a rebuild.</summary>
internal sealed class EventHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<ServerEvent>> _subscribers = [];

    public ChannelReader<ServerEvent> Subscribe(out Action unsubscribe)
    {
        var channel = Channel.CreateBounded<ServerEvent>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }
        unsubscribe = () =>
        {
            lock (_gate)
            {
                _subscribers.Remove(channel);
            }
            channel.Writer.TryComplete();
        };
        return channel.Reader;
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    public void Publish(ServerEvent message)
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(message);
            }
        }
    }

    public void CompleteAll()
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryComplete();
            }
            _subscribers.Clear();
        }
    }
}

/// <summary>One Server-Sent Event: its name and its JSON data.</summary>
internal sealed record ServerEvent(string Name, string Json)
{
    public string ToWireFormat() => $"event: {Name}\ndata: {Json}\n\n";
}
