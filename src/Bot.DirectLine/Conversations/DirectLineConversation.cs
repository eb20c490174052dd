using System.Globalization;
using Bot.Core.Schema;

namespace Bot.DirectLine.Conversations;

/// <summary>
/// One Direct Line conversation: its history (bounded by <see cref="ConversationLimits"/>), the sequence
/// that numbers activities and watermarks, and the WebSocket listening to it. Activity ids are
/// <c>{conversationId}|{seq}</c>, as the service's are (protocol doc §5.3); the watermark is the sequence
/// number of the last activity in a set: opaque to clients, monotonic, replayed verbatim (protocol doc §9.10).
/// </summary>
internal sealed class DirectLineConversation(string id, string userId, string client, ConversationLimits limits, TimeProvider time)
{
    private const int StreamCapacity = 256;
    private readonly Lock _gate = new();
    private readonly LinkedList<Entry> _history = new();
    private long _sequence;
    private long _historyBytes;
    private StreamSubscription? _stream;
    private bool _ended;
    private DateTimeOffset _lastUserActivityAt = time.GetUtcNow();

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    /// <summary>Who started it (see <c>DirectLineHttp.ClientKey</c>), for the per-client cap.</summary>
    public string Client { get; } = client;

    /// <summary>The latest expiry of a token issued for this conversation; after it nobody can reach it.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public void ExtendTo(DateTimeOffset expiresAt)
    {
        lock (_gate)
        {
            if (expiresAt > ExpiresAt)
            {
                ExpiresAt = expiresAt;
            }
        }
    }

    /// <summary>
    /// Notes that the user did something (posted an activity, or started the conversation again). Polling,
    /// reconnecting and an open socket do not count: a script can do those for ever (issue 13, R2).
    /// </summary>
    public void NoteUserActivity()
    {
        lock (_gate)
        {
            _lastUserActivityAt = time.GetUtcNow();
        }
    }

    /// <summary>True when the user has done nothing since <paramref name="cutoff"/>, socket or not.</summary>
    public bool IsIdleSince(DateTimeOffset cutoff)
    {
        lock (_gate)
        {
            return _lastUserActivityAt <= cutoff;
        }
    }

    /// <summary>Stamps <paramref name="activity"/> with its id and timestamp, keeps it, and streams it. Returns the id.</summary>
    public string Append(Activity activity)
    {
        lock (_gate)
        {
            var seq = ++_sequence;
            activity.Id = string.Create(CultureInfo.InvariantCulture, $"{Id}|{seq:D7}");
            activity.Timestamp = time.GetUtcNow();
            var json = ActivitySetJson.Serialize(activity);
            _history.AddLast(new Entry(seq, activity.Id, json));
            _historyBytes += json.Length;
            Trim();
            Push(ActivitySetJson.Write([json], Watermark(seq)));
            return activity.Id;
        }
    }

    /// <summary>Streams an activity that is not kept (typing): no id, no watermark (protocol doc §5.2).</summary>
    public void Broadcast(Activity activity)
    {
        var frame = ActivitySetJson.Write([ActivitySetJson.Serialize(activity)], watermark: null);
        lock (_gate)
        {
            Push(frame);
        }
    }

    /// <summary>Replaces a kept activity (the bot updated it) and streams the new version.</summary>
    public bool Replace(string activityId, Activity activity)
    {
        lock (_gate)
        {
            for (var node = _history.First; node is not null; node = node.Next)
            {
                if (node.Value.Id == activityId)
                {
                    activity.Id = activityId;
                    activity.Timestamp ??= time.GetUtcNow();
                    var json = ActivitySetJson.Serialize(activity);
                    _historyBytes += json.Length - node.Value.Json.Length;
                    node.Value = node.Value with { Json = json };
                    Push(ActivitySetJson.Write([json], watermark: null));
                    Trim();
                    return true;
                }
            }

            return false;
        }
    }

    public bool Remove(string activityId)
    {
        lock (_gate)
        {
            for (var node = _history.First; node is not null; node = node.Next)
            {
                if (node.Value.Id == activityId)
                {
                    _historyBytes -= node.Value.Json.Length;
                    _history.Remove(node);
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The kept activities after <paramref name="watermark"/> (all when null), as an ActivitySet.</summary>
    public byte[] ActivitiesAfter(long? watermark)
    {
        lock (_gate)
        {
            return SetAfter(watermark);
        }
    }

    /// <summary>
    /// Opens the stream for a new socket: the replay of what came after <paramref name="watermark"/>
    /// and every later activity, atomically, so nothing falls between them. Replaces an older socket.
    /// </summary>
    public StreamSubscription Subscribe(long? watermark)
    {
        var subscription = new StreamSubscription(StreamCapacity, limits.MaxHistoryBytes);
        lock (_gate)
        {
            if (_ended)
            {
                subscription.Close("ended");
                return subscription;
            }

            _stream?.Close("collision");
            _stream = subscription;
            if (_history.Any(e => e.Seq > (watermark ?? 0)))
            {
                subscription.TryPush(SetAfter(watermark));
            }
        }

        return subscription;
    }

    /// <summary>The store dropped this conversation: closes its socket with <paramref name="reason"/> and refuses new ones.</summary>
    public void End(string reason)
    {
        lock (_gate)
        {
            _ended = true;
            _stream?.Close(reason);
            _stream = null;
        }
    }

    public void Unsubscribe(StreamSubscription subscription)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_stream, subscription))
            {
                _stream = null;
            }
        }

        subscription.Close("closed");
    }

    /// <summary>
    /// Drops the oldest activities until both budgets hold. The newest always stays, so an activity
    /// larger than the byte budget (only the bot can send one; client posts are capped by
    /// MaxActivityBytes) is still replayed on reconnect.
    /// </summary>
    private void Trim()
    {
        while (_history.Count > 1 && (_history.Count > limits.MaxActivities || _historyBytes > limits.MaxHistoryBytes))
        {
            _historyBytes -= _history.First!.Value.Json.Length;
            _history.RemoveFirst();
        }
    }

    private byte[] SetAfter(long? watermark)
    {
        var after = _history.Where(e => e.Seq > (watermark ?? 0)).ToList();
        var mark = after.Count > 0 ? after[^1].Seq : Math.Max(watermark ?? 0, 0);
        return ActivitySetJson.Write(after.Select(e => e.Json), Watermark(mark));
    }

    private void Push(byte[] frame)
    {
        if (_stream is { } stream && !stream.TryPush(frame))
        {
            _stream = null;
        }
    }

    private static string Watermark(long seq) => seq.ToString(CultureInfo.InvariantCulture);

    private sealed record Entry(long Seq, string Id, byte[] Json);
}
