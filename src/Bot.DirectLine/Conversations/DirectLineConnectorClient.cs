using Bot.Core.Connector;
using Bot.Core.Schema;

namespace Bot.DirectLine.Conversations;

/// <summary>
/// How the bot's replies reach a Direct Line conversation: in process. Activities forwarded to the
/// bot carry the fixed <see cref="ServiceUrl"/>; when the adapter sends to exactly that serviceUrl, this
/// decorator appends the activity to the conversation (ids and watermarks assigned, streamed to the
/// socket) instead of making an HTTP call, and when the conversation is gone (evicted mid-turn) it fails
/// with 404. Nothing here is built from the request's Host header (issue 13, D3). Any other serviceUrl
/// (Emulator, Teams, Azure Direct Line) goes to the real connector. This plays the bot-facing
/// "connector face" of protocol doc §5.4 without an HTTP hop, and the bot still receives ordinary
/// activities with the normal delivery mode.
/// </summary>
internal sealed class DirectLineConnectorClient(IConnectorClient inner, ConversationStore conversations) : IConnectorClient
{
    /// <summary>
    /// The serviceUrl stamped on activities from the built-in endpoint. Fixed, so no request can choose it,
    /// and under the reserved <c>.invalid</c> domain (RFC 6761), so it names no real host; /api/messages
    /// refuses it (<see cref="DirectLineChannelGuard"/>).
    /// </summary>
    public const string ServiceUrl = "https://directline.invalid/v3/directline/";

    public Task<ResourceResponse?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        if (!IsDirectLineServiceUrl(serviceUrl))
        {
            return inner.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
        }

        return conversations.Find(conversationId) is { } conversation
            ? Task.FromResult<ResourceResponse?>(Deliver(conversation, activity))
            : Task.FromException<ResourceResponse?>(ConversationGone(conversationId));
    }

    public Task<ResourceResponse?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        if (!IsDirectLineServiceUrl(serviceUrl))
        {
            return inner.ReplyToActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
        }

        return conversations.Find(conversationId) is { } conversation
            ? Task.FromResult<ResourceResponse?>(Deliver(conversation, activity))
            : Task.FromException<ResourceResponse?>(ConversationGone(conversationId));
    }

    public Task<ResourceResponse?> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        if (!IsDirectLineServiceUrl(serviceUrl))
        {
            return inner.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
        }

        if (conversations.Find(conversationId) is not { } conversation)
        {
            return Task.FromException<ResourceResponse?>(ConversationGone(conversationId));
        }

        return conversation.Replace(activityId, Stamp(conversation, activity))
            ? Task.FromResult<ResourceResponse?>(new ResourceResponse(activityId))
            : Task.FromException<ResourceResponse?>(ActivityNotFound(conversationId));
    }

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        if (!IsDirectLineServiceUrl(serviceUrl))
        {
            return inner.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);
        }

        if (conversations.Find(conversationId) is not { } conversation)
        {
            return Task.FromException(ConversationGone(conversationId));
        }

        return conversation.Remove(activityId) ? Task.CompletedTask : Task.FromException(ActivityNotFound(conversationId));
    }

    public static bool IsDirectLineServiceUrl(string? serviceUrl) => string.Equals(serviceUrl, ServiceUrl, StringComparison.OrdinalIgnoreCase);

    private static ResourceResponse Deliver(DirectLineConversation conversation, Activity activity)
    {
        var stamped = Stamp(conversation, activity);

        // Protocol doc §5.2: typing is streamed only, never kept or returned by GET.
        if (stamped.Type == ActivityTypes.Typing)
        {
            conversation.Broadcast(stamped);
            return new ResourceResponse();
        }

        return new ResourceResponse(conversation.Append(stamped));
    }

    /// <summary>A copy with what the service sets on bot activities; the bot's own object is left alone.</summary>
    private static Activity Stamp(DirectLineConversation conversation, Activity activity)
    {
        var copy = ActivitySetJson.Copy(activity);
        copy.ChannelId = Channels.DirectLine;
        copy.Conversation = new ConversationAccount(conversation.Id);
        copy.ServiceUrl = null;
        if (copy.From is { } from)
        {
            from.Role ??= RoleTypes.Bot;
        }

        return copy;
    }

    private static ConnectorException ActivityNotFound(string conversationId) =>
        new($"Activity not found in Direct Line conversation {conversationId}.", 404, "BadArgument");

    private static ConnectorException ConversationGone(string conversationId) =>
        new($"Direct Line conversation {conversationId} is not held by this server (ended or evicted).", 404, "BadArgument");
}
