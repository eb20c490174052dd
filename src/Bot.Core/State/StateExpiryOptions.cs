namespace Bot.Core.State;

/// <summary>
/// How long state lives after its last change (issue 14): nothing grows without bound. Conversation
/// state goes first; user state (what resumes a conversation later) is kept longer.
/// </summary>
public sealed class StateExpiryOptions
{
    /// <summary>Configuration section shared with the store settings.</summary>
    public const string SectionName = "Storage";

    /// <summary>Idle time after which a conversation's state (its dialog stack and answers) is dropped.</summary>
    public TimeSpan ConversationIdle { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Idle time after which a user's state (the last answers and verdict) is dropped.</summary>
    public TimeSpan UserIdle { get; set; } = TimeSpan.FromDays(90);
}
