using Microsoft.Data.Sqlite;

namespace Bot.Storage.Sqlite;

/// <summary>
/// The database's shape, versioned by <c>PRAGMA user_version</c> so that a later release can migrate
/// a file step by step, and an older release refuses a newer file instead of misreading it.
/// </summary>
internal static class SqliteSchema
{
    public const int CurrentVersion = 1;

    // WAL: readers never wait for the writer, and a committed turn survives the process being killed.
    // synchronous=NORMAL is safe under WAL against process crashes (only power loss can undo the last commits).
    private const string ConnectionSetup = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";

    private const string Version1 = """
        CREATE TABLE IF NOT EXISTS items (
            key TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL,
            version INTEGER NOT NULL,
            expires_at INTEGER NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS items_expires_at ON items (expires_at) WHERE expires_at IS NOT NULL;
        PRAGMA user_version = 1;
        """;

    public static void Apply(SqliteConnection connection, string path)
    {
        Execute(connection, ConnectionSetup);
        using var transaction = connection.BeginTransaction();
        var version = ReadVersion(connection, transaction);
        if (version > CurrentVersion)
        {
            throw new SqliteStorageException($"The state database '{path}' has schema version {version}, newer than this release understands ({CurrentVersion}). Run a newer release or point Storage:Sqlite:DataFolder elsewhere.");
        }

        if (version < 1)
        {
            Execute(connection, Version1, transaction);
        }

        transaction.Commit();
    }

    private static long ReadVersion(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>The SQLite store cannot be used: unwritable folder, unreadable or too new a file.</summary>
public sealed class SqliteStorageException : Exception
{
    public SqliteStorageException() { }

    public SqliteStorageException(string message) : base(message) { }

    public SqliteStorageException(string message, Exception innerException) : base(message, innerException) { }
}
