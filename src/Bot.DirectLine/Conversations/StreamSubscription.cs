using System.Threading.Channels;

namespace Bot.DirectLine.Conversations;

/// <summary>
/// One WebSocket's feed of ActivitySet frames. Bounded: a client that stops reading is cut off
/// (<see cref="CloseReason"/> "overflow") and catches up by reconnecting with its watermark, so the
/// server never buffers without limit. A newer socket for the same conversation replaces this one
/// ("collision", protocol doc §5.2).
/// </summary>
internal sealed class StreamSubscription
{
    private readonly Channel<byte[]> _frames;

    public StreamSubscription(int capacity) =>
        _frames = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<byte[]> Frames => _frames.Reader;

    public string? CloseReason { get; private set; }

    /// <summary>Queues a frame; false when the client is too far behind and the feed was closed.</summary>
    public bool TryPush(byte[] frame)
    {
        if (_frames.Writer.TryWrite(frame))
        {
            return true;
        }

        Close("overflow");
        return false;
    }

    public void Close(string reason)
    {
        CloseReason ??= reason;
        _frames.Writer.TryComplete();
    }
}
