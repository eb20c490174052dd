using Bot.Core;
using Microsoft.Extensions.Logging;

namespace Bot.DirectLine;

/// <summary>
/// Bot.DirectLine's log events. Activity ids and hashed conversation ids (<see cref="LogIds.Hash"/>) only:
/// never tokens or message text.
/// </summary>
internal static partial class Log
{
    public static void ConversationStarted(ILogger logger, string conversationId) =>
        ConversationStartedHashed(logger, LogIds.Hash(conversationId));

    [LoggerMessage(3001, LogLevel.Information, "Direct Line conversation {ConversationId} started")]
    private static partial void ConversationStartedHashed(ILogger logger, string conversationId);

    [LoggerMessage(3002, LogLevel.Information, "Rejected a Direct Line request with {StatusCode}: {Reason}")]
    public static partial void Rejected(ILogger logger, int statusCode, string reason);

    [LoggerMessage(3003, LogLevel.Warning, "The conversation limit ({Limit}) is reached; a new Direct Line conversation was refused")]
    public static partial void ConversationLimitReached(ILogger logger, int limit);

    [LoggerMessage(3004, LogLevel.Debug, "Evicted {Count} Direct Line conversation(s): {Reason}")]
    public static partial void Evicted(ILogger logger, int count, string reason);

    public static void TurnRefused(ILogger logger, string? activityId, string conversationId, int statusCode) =>
        TurnRefusedHashed(logger, activityId, LogIds.Hash(conversationId), statusCode);

    [LoggerMessage(3005, LogLevel.Error, "The bot refused the Direct Line activity {ActivityId} in conversation {ConversationId} with {StatusCode}")]
    private static partial void TurnRefusedHashed(ILogger logger, string? activityId, string conversationId, int statusCode);

    public static void StreamClosed(ILogger logger, string conversationId, string reason) =>
        StreamClosedHashed(logger, LogIds.Hash(conversationId), reason);

    [LoggerMessage(3006, LogLevel.Debug, "Stream of conversation {ConversationId} closed: {Reason}")]
    private static partial void StreamClosedHashed(ILogger logger, string conversationId, string reason);

    [LoggerMessage(3007, LogLevel.Error, "Azure Direct Line refused the token exchange with {StatusCode}")]
    public static partial void AzureTokenFailed(ILogger logger, int statusCode);

    [LoggerMessage(3008, LogLevel.Error, "Azure Direct Line could not be reached for a token")]
    public static partial void AzureUnreachable(ILogger logger, Exception exception);
}
