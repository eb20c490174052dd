namespace Bot.DirectLine.Conversations;

/// <summary>
/// What one conversation may hold in memory: kept activities by count and by serialized bytes, and the
/// bytes queued for a socket that is not reading. Both bounds apply because a count alone lets a
/// conversation of large activities grow to MaxActivities × the request limit.
/// </summary>
internal sealed record ConversationLimits(int MaxActivities, int MaxHistoryBytes)
{
    public static ConversationLimits From(DirectLineOptions options) => new(options.MaxActivitiesPerConversation, options.MaxHistoryBytes);
}
