using Bot.Core.Hosting;
using Bot.Core.Schema;
using Bot.Core.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine.Conversations;

/// <summary>
/// Hands client activities to the bot through the same <see cref="CloudAdapter"/> as /api/messages,
/// stamped as Direct Line stamps them (protocol doc §5.4): id, timestamp, channelId <c>directline</c>,
/// conversation, recipient = the bot, serviceUrl = <see cref="DirectLineConnectorClient.ServiceUrl"/>, and <c>from.id</c> = the token's user.
/// The turn runs through the adapter's trusted in-process entry point
/// (<see cref="CloudAdapter.ProcessTrustedActivityAsync"/>): the client was already authenticated by its
/// Direct Line token and there is no channel JWT to check, so this works whether or not a MicrosoftAppId
/// is configured.
/// </summary>
internal sealed class DirectLineTurns(CloudAdapter adapter, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineTurns> logger)
{
    /// <summary>Tells the bot the conversation started with the user in it, so it can welcome them before they type.</summary>
    public async Task<int> StartAsync(DirectLineConversation conversation, string? locale, IBot bot, CancellationToken cancellationToken)
    {
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Timestamp = time.GetUtcNow(),
            Locale = locale,
            MembersAdded = [BotAccount(), new ChannelAccount(conversation.UserId, role: RoleTypes.User)],
            From = new ChannelAccount(conversation.UserId, role: RoleTypes.User),
        };
        Address(update, conversation, DirectLineConnectorClient.ServiceUrl);
        return await RunAsync(update, conversation, bot, cancellationToken);
    }

    /// <summary>
    /// Keeps the client's activity first (Web Chat needs the echo with its id and clientActivityID,
    /// protocol doc §5.3 and §9.10), then runs the bot's turn. Returns the activity id and HTTP status.
    /// </summary>
    public async Task<(string? Id, int Status)> PostAsync(DirectLineConversation conversation, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        activity.From = new ChannelAccount(conversation.UserId, activity.From?.Name, RoleTypes.User);
        activity.DeliveryMode = null;
        activity.CallerId = null;
        activity.ReplyToId = null;
        activity.Id = null;
        activity.Timestamp = time.GetUtcNow();
        Address(activity, conversation, serviceUrl: null);
        string? id = null;
        if (activity.Type != ActivityTypes.Typing)
        {
            id = conversation.Append(activity);
        }

        activity.ServiceUrl = DirectLineConnectorClient.ServiceUrl;
        return (id, await RunAsync(activity, conversation, bot, cancellationToken));
    }

    private async Task<int> RunAsync(Activity activity, DirectLineConversation conversation, IBot bot, CancellationToken cancellationToken)
    {
        // Trusted: the client proved itself with this endpoint's own Direct Line token; there is no channel token.
        var outcome = await adapter.ProcessTrustedActivityAsync(activity, bot.OnTurnAsync, cancellationToken);
        if (outcome.StatusCode is >= 200 and < 300)
        {
            return 200;
        }

        // Protocol doc §5.1: a bot failure is 502 to the client.
        Log.TurnRefused(logger, activity.Id, conversation.Id, outcome.StatusCode);
        return 502;
    }

    private void Address(Activity activity, DirectLineConversation conversation, string? serviceUrl)
    {
        activity.ChannelId = Channels.DirectLine;
        activity.Conversation = new ConversationAccount(conversation.Id);
        activity.Recipient = BotAccount();
        activity.ServiceUrl = serviceUrl;
    }

    private ChannelAccount BotAccount() => new(options.Value.BotId, options.Value.BotName, RoleTypes.Bot);
}
