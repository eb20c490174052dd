using Microsoft.Extensions.Logging;

namespace Bot.Storage.Redis;

/// <summary>Bot.Storage.Redis's log events.</summary>
internal static partial class Log
{
    [LoggerMessage(4100, LogLevel.Information, "Bot state is stored in Redis at {Endpoints} under the prefix {KeyPrefix}")]
    public static partial void Connected(ILogger logger, string endpoints, string keyPrefix);

    [LoggerMessage(4101, LogLevel.Warning, "The turn lease of conversation {ConversationId} was lost mid-turn; its state write fails if another turn ran meanwhile")]
    public static partial void LeaseLost(ILogger logger, string conversationId);

    [LoggerMessage(4102, LogLevel.Warning, "Could not renew the turn lease of conversation {ConversationId}")]
    public static partial void LeaseRenewFailed(ILogger logger, string conversationId, Exception exception);
}
