using Bot.Dialogs;
using Microsoft.Extensions.Logging;

namespace Advisor.Dialogs;

/// <summary>The advisor conversation's log events: ids and statuses only, never what the user typed.</summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Debug, "Advisor turn on {ChannelId} in conversation {ConversationId} ended {Status}")]
    public static partial void DialogTurn(ILogger logger, string? channelId, string? conversationId, DialogTurnStatus status);
}
