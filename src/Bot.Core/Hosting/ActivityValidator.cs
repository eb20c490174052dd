using Bot.Core.Schema;

namespace Bot.Core.Hosting;

/// <summary>
/// The boundary check for inbound activities: what a turn needs must be there, so that inside the
/// bot the type, channel and conversation are never null. Returns a reason fit to show the sender.
/// </summary>
public static class ActivityValidator
{
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

        var expectsReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        if (!expectsReplies && !IsHttpUrl(activity.ServiceUrl))
        {
            return "The activity needs an absolute http(s) 'serviceUrl' for replies (or deliveryMode 'expectReplies').";
        }

        return null;
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
