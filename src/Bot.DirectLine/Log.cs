using Microsoft.Extensions.Logging;

namespace Bot.DirectLine;

/// <summary>Bot.DirectLine's log events. Conversation and activity ids only: never tokens or message text.</summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Information, "Direct Line conversation {ConversationId} started")]
    public static partial void ConversationStarted(ILogger logger, string conversationId);

    [LoggerMessage(3002, LogLevel.Information, "Rejected a Direct Line request with {StatusCode}: {Reason}")]
    public static partial void Rejected(ILogger logger, int statusCode, string reason);

    [LoggerMessage(3003, LogLevel.Warning, "The conversation limit ({Limit}) is reached; a new Direct Line conversation was refused")]
    public static partial void ConversationLimitReached(ILogger logger, int limit);

    [LoggerMessage(3004, LogLevel.Debug, "Evicted {Count} Direct Line conversation(s): {Reason}")]
    public static partial void Evicted(ILogger logger, int count, string reason);

    [LoggerMessage(3005, LogLevel.Error, "The bot refused the Direct Line activity {ActivityId} in conversation {ConversationId} with {StatusCode}")]
    public static partial void TurnRefused(ILogger logger, string? activityId, string conversationId, int statusCode);

    [LoggerMessage(3006, LogLevel.Debug, "Stream of conversation {ConversationId} closed: {Reason}")]
    public static partial void StreamClosed(ILogger logger, string conversationId, string reason);

    [LoggerMessage(3007, LogLevel.Error, "Azure Direct Line refused the token exchange with {StatusCode}")]
    public static partial void AzureTokenFailed(ILogger logger, int statusCode);

    [LoggerMessage(3008, LogLevel.Error, "Azure Direct Line could not be reached for a token")]
    public static partial void AzureUnreachable(ILogger logger, Exception exception);
}
