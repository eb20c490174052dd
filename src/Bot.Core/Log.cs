using Microsoft.Extensions.Logging;

namespace Bot.Core;

/// <summary>
/// Bot.Core's log events. Ids and status codes only: never tokens or message text. A method that takes a
/// conversation id logs its <see cref="LogIds.Hash"/>, so no caller can log the id itself.
/// </summary>
internal static partial class Log
{
    public static void Unauthorized(ILogger logger, string? channelId, string? conversationId, string? reason) =>
        UnauthorizedHashed(logger, channelId, LogIds.Hash(conversationId), reason);

    [LoggerMessage(1001, LogLevel.Warning, "Rejected an unauthenticated activity on {ChannelId} for conversation {ConversationId}: {Reason}")]
    private static partial void UnauthorizedHashed(ILogger logger, string? channelId, string? conversationId, string? reason);

    public static void IgnoredActivityType(ILogger logger, string? activityType, string? conversationId) =>
        IgnoredActivityTypeHashed(logger, activityType, LogIds.Hash(conversationId));

    [LoggerMessage(1002, LogLevel.Debug, "Ignored an activity of unknown type {ActivityType} in conversation {ConversationId}")]
    private static partial void IgnoredActivityTypeHashed(ILogger logger, string? activityType, string? conversationId);

    [LoggerMessage(1003, LogLevel.Information, "Rejected a request to the bot endpoint with {StatusCode}: {Reason}")]
    public static partial void RejectedRequest(ILogger logger, int statusCode, string reason);

    public static void TurnFailed(ILogger logger, string? channelId, string? conversationId, string? activityId, Exception exception) =>
        TurnFailedHashed(logger, channelId, LogIds.Hash(conversationId), activityId, exception);

    [LoggerMessage(1010, LogLevel.Error, "A turn failed on {ChannelId} in conversation {ConversationId} (activity {ActivityId}); the conversation state was reset")]
    private static partial void TurnFailedHashed(ILogger logger, string? channelId, string? conversationId, string? activityId, Exception exception);

    public static void TurnReplyUndelivered(ILogger logger, string? channelId, string? conversationId, string? activityId, Exception exception) =>
        TurnReplyUndeliveredHashed(logger, channelId, LogIds.Hash(conversationId), activityId, exception);

    [LoggerMessage(1011, LogLevel.Error, "A reply could not be delivered on {ChannelId} to conversation {ConversationId} (activity {ActivityId})")]
    private static partial void TurnReplyUndeliveredHashed(ILogger logger, string? channelId, string? conversationId, string? activityId, Exception exception);

    public static void TurnLostRace(ILogger logger, string? channelId, string? conversationId, string? activityId) =>
        TurnLostRaceHashed(logger, channelId, LogIds.Hash(conversationId), activityId);

    [LoggerMessage(1012, LogLevel.Warning, "A turn lost a state-write race on {ChannelId} in conversation {ConversationId} (activity {ActivityId}); state kept")]
    private static partial void TurnLostRaceHashed(ILogger logger, string? channelId, string? conversationId, string? activityId);

    public static void ConnectorRetrying(ILogger logger, string conversationId, int statusCode, double delayMs, int attempt) =>
        ConnectorRetryingHashed(logger, LogIds.Hash(conversationId), statusCode, delayMs, attempt);

    [LoggerMessage(1020, LogLevel.Warning, "Connector answered {StatusCode} for conversation {ConversationId}; retry {Attempt} in {DelayMs} ms")]
    private static partial void ConnectorRetryingHashed(ILogger logger, string conversationId, int statusCode, double delayMs, int attempt);

    public static void ConnectorFailed(ILogger logger, string conversationId, int statusCode, string? errorCode, int attempts) =>
        ConnectorFailedHashed(logger, LogIds.Hash(conversationId), statusCode, errorCode, attempts);

    [LoggerMessage(1021, LogLevel.Error, "Connector delivery failed for conversation {ConversationId}: status {StatusCode}, code {ErrorCode}, after {Attempts} attempt(s)")]
    private static partial void ConnectorFailedHashed(ILogger logger, string conversationId, int statusCode, string? errorCode, int attempts);

    public static void ConnectorRefusedToken(ILogger logger, string conversationId, int statusCode) =>
        ConnectorRefusedTokenHashed(logger, LogIds.Hash(conversationId), statusCode);

    [LoggerMessage(1023, LogLevel.Warning, "Connector refused the bot's token ({StatusCode}) for conversation {ConversationId}; retrying once with a fresh token")]
    private static partial void ConnectorRefusedTokenHashed(ILogger logger, string conversationId, int statusCode);

    public static void ConnectorUnreachable(ILogger logger, string conversationId, string host, Exception exception) =>
        ConnectorUnreachableHashed(logger, LogIds.Hash(conversationId), host, exception);

    [LoggerMessage(1022, LogLevel.Error, "Connector at {Host} unreachable for conversation {ConversationId}")]
    private static partial void ConnectorUnreachableHashed(ILogger logger, string conversationId, string host, Exception exception);

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
}
