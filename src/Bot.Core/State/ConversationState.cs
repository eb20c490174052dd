using Bot.Core.Turns;
using Microsoft.Extensions.Options;

namespace Bot.Core.State;

/// <summary>State shared by everyone in one conversation: key <c>{channelId}/conversations/{conversationId}</c>.</summary>
public sealed class ConversationState : BotState
{
    /// <summary>State that never expires (tests, tools).</summary>
    public ConversationState(IStorage storage)
        : base(storage, nameof(ConversationState))
    {
    }

    /// <summary>State that expires after <see cref="StateExpiryOptions.ConversationIdle"/> without a change.</summary>
    public ConversationState(IStorage storage, IOptions<StateExpiryOptions> expiry)
        : base(storage, nameof(ConversationState), expiry?.Value.ConversationIdle)
    {
    }

    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return $"{activity.ChannelId}/conversations/{activity.Conversation!.Id}";
    }
}

/// <summary>State of one user on one channel: key <c>{channelId}/users/{userId}</c>.</summary>
public sealed class UserState : BotState
{
    /// <summary>State that never expires (tests, tools).</summary>
    public UserState(IStorage storage)
        : base(storage, nameof(UserState))
    {
    }

    /// <summary>State that expires after <see cref="StateExpiryOptions.UserIdle"/> without a change.</summary>
    public UserState(IStorage storage, IOptions<StateExpiryOptions> expiry)
        : base(storage, nameof(UserState), expiry?.Value.UserIdle)
    {
    }

    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var userId = activity.From?.Id ?? throw new InvalidOperationException("User state needs an activity with from.id.");
        return $"{activity.ChannelId}/users/{userId}";
    }

    protected internal override bool AppliesTo(ITurnContext turnContext) => turnContext?.Activity.From?.Id is not null;
}
