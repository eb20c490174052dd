namespace Bot.DirectLine.Conversations;

/// <summary>
/// Closes a stream ("expired") once no token for its conversation is valid any more, since the token
/// is checked only when the socket connects. A refresh pushes that moment back: Web Chat refreshes
/// every 15 minutes over REST and keeps its socket (protocol doc §5.3), so a live page is not cut off.
/// </summary>
internal sealed class StreamExpiry : IDisposable
{
    /// <summary>Timers cannot wait longer than ~49 days; a long lifetime is simply checked again.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    private readonly DirectLineConversation _conversation;
    private readonly StreamSubscription _subscription;
    private readonly TimeProvider _time;
    private readonly ITimer _timer;

    public StreamExpiry(DirectLineConversation conversation, StreamSubscription subscription, TimeProvider time)
    {
        _conversation = conversation;
        _subscription = subscription;
        _time = time;
        _timer = time.CreateTimer(_ => Check(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Check();
    }

    public void Dispose() => _timer.Dispose();

    private void Check()
    {
        var left = _conversation.ExpiresAt - _time.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            _subscription.Close("expired");
            return;
        }

        _timer.Change(left < LongestWait ? left : LongestWait, Timeout.InfiniteTimeSpan);
    }
}
