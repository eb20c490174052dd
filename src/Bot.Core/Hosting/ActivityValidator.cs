using Bot.Core.Schema;

namespace Bot.Core.Hosting;

/// <summary>
/// The boundary check for inbound activities: what a turn needs must be there, so that inside the
/// bot the type, channel and conversation are never null. Returns a reason fit to show the sender.
/// </summary>
public static class ActivityValidator
{
    public const int MaxChannelIdLength = 64;
    public const int MaxConversationIdLength = 1024;
    public const int MaxAccountIdLength = 512;
    public const int MaxActivityIdLength = 512;

    public static string? Validate(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no 'channelId'.";
        }

        if (TooLong(activity) is { } overlong)
        {
            return overlong;
        }

        var expectsReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        if (!expectsReplies && !IsHttpUrl(activity.ServiceUrl))
        {
            return "The activity needs an absolute http(s) 'serviceUrl' for replies (or deliveryMode 'expectReplies').";
        }

        return null;
    }

    /// <summary>
    /// Issue 13, R3: ids become state keys and log fields, so their length is bounded. The limits leave
    /// room for every channel's real ids (Teams' conversation ids run to a few hundred characters).
    /// </summary>
    private static string? TooLong(Activity activity) =>
        Check("channelId", activity.ChannelId, MaxChannelIdLength)
        ?? Check("conversation.id", activity.Conversation?.Id, MaxConversationIdLength)
        ?? Check("from.id", activity.From?.Id, MaxAccountIdLength)
        ?? Check("recipient.id", activity.Recipient?.Id, MaxAccountIdLength)
        ?? Check("id", activity.Id, MaxActivityIdLength)
        ?? Check("replyToId", activity.ReplyToId, MaxActivityIdLength);

    private static string? Check(string field, string? value, int max) =>
        value?.Length > max ? $"'{field}' is longer than the {max} characters this bot accepts." : null;

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
