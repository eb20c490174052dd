using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Bot.DirectLine.Conversations;

/// <summary>
/// One WebSocket's feed of ActivitySet frames. Bounded by frame count and by queued bytes: a client
/// that stops reading is cut off (<see cref="CloseReason"/> "overflow") and catches up by reconnecting
/// with its watermark, so the server never buffers without limit. A newer socket for the same
/// conversation replaces this one ("collision", protocol doc §5.2).
/// </summary>
internal sealed class StreamSubscription(int capacity, int maxQueuedBytes)
{
    private readonly Channel<byte[]> _frames =
        Channel.CreateBounded<byte[]>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private long _queuedBytes;

    public string? CloseReason { get; private set; }

    /// <summary>Completes once the feed is closed and every queued frame was read.</summary>
    public Task Completion => _frames.Reader.Completion;

    /// <summary>
    /// Queues a frame; false when the client is too far behind and the feed was closed. A frame always
    /// fits an empty queue, so a single large replay cannot lock a client out.
    /// </summary>
    public bool TryPush(byte[] frame)
    {
        var queued = Interlocked.Add(ref _queuedBytes, frame.Length);
        if ((queued == frame.Length || queued <= maxQueuedBytes) && _frames.Writer.TryWrite(frame))
        {
            return true;
        }

        Close("overflow");
        return false;
    }

    public bool TryRead(out byte[]? frame)
    {
        if (_frames.Reader.TryRead(out frame))
        {
            Interlocked.Add(ref _queuedBytes, -frame.Length);
            return true;
        }

        return false;
    }

    public async IAsyncEnumerable<byte[]> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var frame in _frames.Reader.ReadAllAsync(cancellationToken))
        {
            Interlocked.Add(ref _queuedBytes, -frame.Length);
            yield return frame;
        }
    }

    public void Close(string reason)
    {
        CloseReason ??= reason;
        _frames.Writer.TryComplete();
    }
}
