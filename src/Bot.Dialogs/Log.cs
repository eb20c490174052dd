using Bot.Core;
using Microsoft.Extensions.Logging;

namespace Bot.Dialogs;

/// <summary>Bot.Dialogs' log events (ids 2000-2099). Ids and timings only: never message text.</summary>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Information, "Recognizers.Text models warmed up in {ElapsedMs} ms")]
    public static partial void RecognizersWarmedUp(ILogger logger, long elapsedMs);

    [LoggerMessage(2002, LogLevel.Error, "Recognizers.Text warm-up failed after {ElapsedMs} ms")]
    public static partial void RecognizersWarmUpFailed(ILogger logger, long elapsedMs, Exception exception);

    public static void DialogStackReset(ILogger logger, string? channelId, string? conversationId, Exception? exception) =>
        DialogStackResetHashed(logger, channelId, LogIds.Hash(conversationId), exception);

    [LoggerMessage(2010, LogLevel.Warning, "Reset a dialog stack that could not be resumed on {ChannelId} in conversation {ConversationId}")]
    private static partial void DialogStackResetHashed(ILogger logger, string? channelId, string? conversationId, Exception? exception);
}
