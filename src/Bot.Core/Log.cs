using Microsoft.Extensions.Logging;

namespace Bot.Core;

/// <summary>Bot.Core's log events. Ids and status codes only: never tokens or message text.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Warning, "Rejected an unauthenticated activity on {ChannelId} for conversation {ConversationHash}: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string? channelId, string conversationHash, string? reason);

    [LoggerMessage(1002, LogLevel.Debug, "Ignored an activity of unknown type {ActivityType} in conversation {ConversationId}")]
    public static partial void IgnoredActivityType(ILogger logger, string? activityType, string? conversationId);

    [LoggerMessage(1003, LogLevel.Information, "Rejected a request to the bot endpoint with {StatusCode}: {Reason}")]
    public static partial void RejectedRequest(ILogger logger, int statusCode, string reason);

    [LoggerMessage(1010, LogLevel.Error, "A turn failed on {ChannelId} in conversation {ConversationHash} (activity {ActivityId}); the conversation state was reset")]
    public static partial void TurnFailed(ILogger logger, string? channelId, string conversationHash, string? activityId, Exception exception);

    [LoggerMessage(1011, LogLevel.Warning, "A reply could not be delivered on {ChannelId} to conversation {ConversationHash} (activity {ActivityId}): {Reason}; the turn's state was kept")]
    public static partial void TurnReplyUndelivered(ILogger logger, string? channelId, string conversationHash, string? activityId, string reason);

    [LoggerMessage(1013, LogLevel.Information, "Activity {ActivityId} on {ChannelId} in conversation {ConversationHash} was delivered again; its turn already ran")]
    public static partial void RepeatedActivity(ILogger logger, string? channelId, string conversationHash, string? activityId);

    [LoggerMessage(1004, LogLevel.Warning, "The request body could not be read ({StatusCode}): {Reason}")]
    public static partial void UnreadableRequestBody(ILogger logger, int statusCode, string reason);

    [LoggerMessage(1005, LogLevel.Warning, "Answered 503: {Reason}")]
    public static partial void AuthenticationUnavailable(ILogger logger, string? reason);

    [LoggerMessage(1012, LogLevel.Warning, "A turn lost a state-write race on {ChannelId} in conversation {ConversationHash} (activity {ActivityId}); state kept")]
    public static partial void TurnLostRace(ILogger logger, string? channelId, string conversationHash, string? activityId);

    [LoggerMessage(1020, LogLevel.Warning, "Connector answered {Outcome} for conversation {ConversationHash}; retry {Attempt} in {DelayMs} ms")]
    public static partial void ConnectorRetrying(ILogger logger, string conversationHash, string outcome, double delayMs, int attempt);

    [LoggerMessage(1021, LogLevel.Error, "Connector delivery failed for conversation {ConversationHash}: status {StatusCode}, code {ErrorCode}")]
    public static partial void ConnectorFailed(ILogger logger, string conversationHash, int statusCode, string? errorCode);

    [LoggerMessage(1023, LogLevel.Warning, "Connector refused the bot's token ({StatusCode}) for conversation {ConversationHash}; retrying once with a fresh token")]
    public static partial void ConnectorRefusedToken(ILogger logger, string conversationHash, int statusCode);

    [LoggerMessage(1022, LogLevel.Error, "Connector at {Host} unreachable or too slow for conversation {ConversationHash} ({Failure})")]
    public static partial void ConnectorUnreachable(ILogger logger, string conversationHash, string host, string failure);

    [LoggerMessage(1030, LogLevel.Warning, "Authentication is OFF: no MicrosoftAppId is configured, so only the local Emulator and the built-in web chat can talk to this bot")]
    public static partial void AuthenticationDisabled(ILogger logger);

    // 1100–1199: channel authentication and the bot's outbound tokens (issue #7).
    [LoggerMessage(1100, LogLevel.Information, "Authentication is ON: channel and Emulator tokens are validated for app {AppId} ({AppType})")]
    public static partial void AuthenticationEnabled(ILogger logger, string appId, string appType);

    [LoggerMessage(1101, LogLevel.Warning, "MicrosoftAppType {AppType} is not MultiTenant, SingleTenant or UserAssignedMSI; treating it as MultiTenant")]
    public static partial void UnknownAppType(ILogger logger, string appType);

    [LoggerMessage(1110, LogLevel.Information, "Fetched {KeyCount} signing keys via {MetadataUrl}")]
    public static partial void SigningKeysRefreshed(ILogger logger, string metadataUrl, int keyCount);

    [LoggerMessage(1111, LogLevel.Warning, "Could not fetch signing keys via {MetadataUrl} ({Reason}); keeping the last good keys, if any")]
    public static partial void SigningKeysRefreshFailed(ILogger logger, string metadataUrl, string reason, Exception? exception);

    [LoggerMessage(1120, LogLevel.Warning, "No token sent to {ServiceUrl}: it has not arrived in an authenticated activity")]
    public static partial void TokenWithheldFromUntrustedServiceUrl(ILogger logger, string? serviceUrl);

    [LoggerMessage(1121, LogLevel.Debug, "Obtained the bot's token for replies, valid until {ExpiresOn}")]
    public static partial void AccessTokenAcquired(ILogger logger, DateTimeOffset expiresOn);

    [LoggerMessage(1122, LogLevel.Error, "The token request to {Endpoint} failed: status {StatusCode}, error {Error}")]
    public static partial void AccessTokenRequestFailed(ILogger logger, string endpoint, int? statusCode, string? error);

    [LoggerMessage(1040, LogLevel.Debug, "A typing indicator could not be delivered on {ChannelId} to conversation {ConversationId}")]
    public static partial void TypingUndelivered(ILogger logger, string? channelId, string? conversationId, Exception exception);
}
