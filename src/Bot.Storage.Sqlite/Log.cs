using Microsoft.Extensions.Logging;

namespace Bot.Storage.Sqlite;

/// <summary>Bot.Storage.Sqlite's log events.</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Information, "Bot state is stored in SQLite at {DatabasePath}")]
    public static partial void Opened(ILogger logger, string databasePath);

    [LoggerMessage(4002, LogLevel.Debug, "Deleted {Count} expired state rows")]
    public static partial void Swept(ILogger logger, int count);
}
