using Bot.Core.Turns;

namespace Bot.Core.State;

/// <summary>State shared by everyone in one conversation: key <c>{channelId}/conversations/{conversationId}</c>.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return $"{activity.ChannelId}/conversations/{activity.Conversation!.Id}";
    }
}

/// <summary>State of one user on one channel: key <c>{channelId}/users/{userId}</c>.</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var userId = activity.From?.Id ?? throw new InvalidOperationException("User state needs an activity with from.id.");
        return $"{activity.ChannelId}/users/{userId}";
    }
}
