using Bot.Core.Schema;

namespace Bot.Core.Hosting;

/// <summary>
/// The ids of the last activities whose turns ran, per channel and conversation (issue 12): a channel
/// redelivers an activity after a 5xx, and its turn must not run twice. Bounded: the oldest id is
/// forgotten first. Only activities whose replies go through the connector are remembered; an
/// expectReplies or invoke request carries its answer in its response, so a repeat must run again.
/// </summary>
internal sealed class RecentActivities(int capacity)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();

    public bool Contains(Activity activity)
    {
        if (KeyOf(activity) is not { } key)
        {
            return false;
        }

        lock (_gate)
        {
            return _seen.Contains(key);
        }
    }

    public void Remember(Activity activity)
    {
        if (KeyOf(activity) is not { } key)
        {
            return;
        }

        lock (_gate)
        {
            if (!_seen.Add(key))
            {
                return;
            }

            _order.Enqueue(key);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }
        }
    }

    private static string? KeyOf(Activity activity) =>
        string.IsNullOrEmpty(activity.Id) || activity.Type == ActivityTypes.Invoke || activity.DeliveryMode == DeliveryModes.ExpectReplies
            ? null
            : $"{activity.ChannelId}\n{activity.Conversation?.Id}\n{activity.Id}";
}
