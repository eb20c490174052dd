using Microsoft.Extensions.Logging;

namespace Bot.Core;

/// <summary>Bot.Core's log events. Ids and status codes only: never tokens or message text.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Warning, "Rejected an unauthenticated activity on {ChannelId} for conversation {ConversationId}: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string? channelId, string? conversationId, string? reason);

    [LoggerMessage(1002, LogLevel.Debug, "Ignored an activity of unknown type {ActivityType} in conversation {ConversationId}")]
    public static partial void IgnoredActivityType(ILogger logger, string? activityType, string? conversationId);

    [LoggerMessage(1003, LogLevel.Information, "Rejected a request to the bot endpoint with {StatusCode}: {Reason}")]
    public static partial void RejectedRequest(ILogger logger, int statusCode, string reason);

    [LoggerMessage(1010, LogLevel.Error, "A turn failed on {ChannelId} in conversation {ConversationId} (activity {ActivityId}); the conversation state was reset")]
    public static partial void TurnFailed(ILogger logger, string? channelId, string? conversationId, string? activityId, Exception exception);

    [LoggerMessage(1011, LogLevel.Error, "A reply could not be delivered on {ChannelId} to conversation {ConversationId} (activity {ActivityId})")]
    public static partial void TurnReplyUndelivered(ILogger logger, string? channelId, string? conversationId, string? activityId, Exception exception);

    [LoggerMessage(1012, LogLevel.Warning, "A turn lost a state-write race on {ChannelId} in conversation {ConversationId} (activity {ActivityId}); state kept")]
    public static partial void TurnLostRace(ILogger logger, string? channelId, string? conversationId, string? activityId);

    [LoggerMessage(1020, LogLevel.Warning, "Connector answered {StatusCode} for conversation {ConversationId}; retry {Attempt} in {DelayMs} ms")]
    public static partial void ConnectorRetrying(ILogger logger, string conversationId, int statusCode, double delayMs, int attempt);

    [LoggerMessage(1021, LogLevel.Error, "Connector delivery failed for conversation {ConversationId}: status {StatusCode}, code {ErrorCode}, after {Attempts} attempt(s)")]
    public static partial void ConnectorFailed(ILogger logger, string conversationId, int statusCode, string? errorCode, int attempts);

    [LoggerMessage(1022, LogLevel.Error, "Connector at {Host} unreachable for conversation {ConversationId}")]
    public static partial void ConnectorUnreachable(ILogger logger, string conversationId, string host, Exception exception);

    [LoggerMessage(1030, LogLevel.Warning, "Authentication is OFF: no MicrosoftAppId is configured, so only the local Emulator and the built-in web chat can talk to this bot")]
    public static partial void AuthenticationDisabled(ILogger logger);
}
