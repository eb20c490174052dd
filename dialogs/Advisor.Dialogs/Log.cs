using Bot.Core;
using Bot.Dialogs;
using Microsoft.Extensions.Logging;

namespace Advisor.Dialogs;

/// <summary>The advisor conversation's log events: ids and statuses only, never what the user typed.</summary>
internal static partial class Log
{
    /// <summary>Debug only: the id's hash (SHA-256) is computed only when the event will be written (issue 16).</summary>
    public static void DialogTurn(ILogger logger, string? channelId, string? conversationId, DialogTurnStatus status)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            DialogTurnHashed(logger, channelId, LogIds.Hash(conversationId), status);
        }
    }

    [LoggerMessage(3001, LogLevel.Debug, "Advisor turn on {ChannelId} in conversation {ConversationId} ended {Status}")]
    private static partial void DialogTurnHashed(ILogger logger, string? channelId, string? conversationId, DialogTurnStatus status);
}
