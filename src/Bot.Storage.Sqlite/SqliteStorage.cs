using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Bot.Core.State;
using Microsoft.Data.Sqlite;

namespace Bot.Storage.Sqlite;

/// <summary>
/// <see cref="IStorage"/> in one SQLite file (issue 14). One connection, one operation at a time:
/// SQLite has a single writer anyway, and a turn's read or write takes microseconds. The eTag is the
/// row's version column: a random 64-bit number drawn at each write, so a key deleted and created
/// again never matches an eTag handed out before (no ABA), and no counter row is needed.
/// </summary>
public sealed class SqliteStorage : IStorage, IAsyncDisposable, IDisposable
{
    // Keys go in statements of up to this many, so at most this many read (and delete) statements are kept prepared.
    private const int MaxKeysPerStatement = 8;
    private const string LiveRow = "(expires_at IS NULL OR expires_at > $now)";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);
    private SqliteConnection? _connection;

    public SqliteStorage(string databasePath, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        ArgumentNullException.ThrowIfNull(clock);
        DatabasePath = Path.GetFullPath(databasePath);
        _clock = clock;
    }

    public string DatabasePath { get; }

    /// <summary>Creates the folder and the file (or migrates it) now, so a bad location stops start-up with the reason.</summary>
    /// <exception cref="SqliteStorageException">The folder or file cannot be used.</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Connection();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return result;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var chunk in keys.Chunk(MaxKeysPerStatement))
            {
                var command = Prepared($"SELECT key, value, version FROM items WHERE key IN ({KeyParameters(chunk.Length)}) AND {LiveRow};");
                AddKeys(command, chunk);
                command.Parameters.AddWithValue("$now", Now());
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    // The stored UTF-8 bytes parsed once into an element that owns them (issue 16: the
                    // string, its transcoding and a clone of the parsed document were three copies).
                    var json = new Utf8JsonReader(reader.GetFieldValue<byte[]>(1));
                    result[reader.GetString(0)] = new StoreItem(JsonElement.ParseValue(ref json), ETagOf(reader.GetInt64(2)));
                }
            }
        }
        finally
        {
            _gate.Release();
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var connection = Connection();
            var now = Now();
            // One statement is atomic by itself; a batch needs a transaction to be all or nothing.
            using var transaction = changes.Count > 1 ? connection.BeginTransaction() : null;
            foreach (var (key, item) in changes)
            {
                var version = NewVersion();
                var command = Prepared(WriteSql(item.ETag));
                command.Transaction = transaction;
                command.Parameters.AddWithValue("$key", key);
                command.Parameters.AddWithValue("$value", item.Value.GetRawText());
                command.Parameters.AddWithValue("$version", version);
                command.Parameters.AddWithValue("$expires", item.TimeToLive is { } ttl ? now + (long)ttl.TotalMilliseconds : DBNull.Value);
                command.Parameters.AddWithValue("$now", now);
                if (item.ETag is not (null or ETagCondition.Any))
                {
                    if (!TryParseETag(item.ETag, out var expected))
                    {
                        throw ETagConflictException.For(key);
                    }

                    command.Parameters.AddWithValue("$etag", expected);
                }

                if (command.ExecuteNonQuery() == 0)
                {
                    throw ETagConflictException.For(key);
                }

                written[key] = ETagOf(version);
            }

            transaction?.Commit();
        }
        finally
        {
            _gate.Release();
        }

        return written;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var chunk in keys.Chunk(MaxKeysPerStatement))
            {
                var command = Prepared($"DELETE FROM items WHERE key IN ({KeyParameters(chunk.Length)});");
                AddKeys(command, chunk);
                command.ExecuteNonQuery();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Deletes up to <paramref name="limit"/> expired rows; returns how many went.</summary>
    public async Task<int> SweepAsync(int limit, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "DELETE FROM items WHERE key IN (SELECT key FROM items WHERE expires_at <= $now LIMIT $limit);";
            command.Parameters.AddWithValue("$now", Now());
            command.Parameters.AddWithValue("$limit", limit);
            return command.ExecuteNonQuery();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }

        _prepared.Clear();
        _connection?.Dispose();
        _connection = null;
        _gate.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    // Create-only also replaces a row that has expired but not yet been swept: expired means absent.
    private static string WriteSql(string? etag) => etag switch
    {
        ETagCondition.Any => """
            INSERT INTO items (key, value, version, expires_at) VALUES ($key, $value, $version, $expires)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = excluded.version, expires_at = excluded.expires_at;
            """,
        null => """
            INSERT INTO items (key, value, version, expires_at) VALUES ($key, $value, $version, $expires)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = excluded.version, expires_at = excluded.expires_at
            WHERE items.expires_at IS NOT NULL AND items.expires_at <= $now;
            """,
        _ => $"UPDATE items SET value = $value, version = $version, expires_at = $expires WHERE key = $key AND version = $etag AND {LiveRow};",
    };

    private static string KeyParameters(int count) =>
        string.Join(',', Enumerable.Range(0, count).Select(i => "$k" + i.ToString(CultureInfo.InvariantCulture)));

    private static void AddKeys(SqliteCommand command, IReadOnlyCollection<string> keys)
    {
        var i = 0;
        foreach (var key in keys)
        {
            command.Parameters.AddWithValue("$k" + i++.ToString(CultureInfo.InvariantCulture), key);
        }
    }

    // Commands are kept per SQL text, so SQLite parses each statement once per connection, not once per turn.
    private SqliteCommand Prepared(string sql)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = Connection().CreateCommand();
            command.CommandText = sql;
            _prepared[sql] = command;
        }

        command.Transaction = null;
        command.Parameters.Clear();
        return command;
    }

    private static long NewVersion() => BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));

    private static string ETagOf(long version) => version.ToString("x16", CultureInfo.InvariantCulture);

    private static bool TryParseETag(string etag, out long version) =>
        long.TryParse(etag, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out version);

    private long Now() => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    private SqliteConnection Connection()
    {
        if (_connection is not null)
        {
            return _connection;
        }

        SqliteConnection? connection = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
            connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
            connection.Open();
            SqliteSchema.Apply(connection, DatabasePath);
            (_connection, connection) = (connection, null);
            return _connection;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw new SqliteStorageException($"The state database '{DatabasePath}' cannot be created or opened ({ex.Message}). Make Storage:Sqlite:DataFolder a folder the bot can write to.", ex);
        }
        finally
        {
            connection?.Dispose();
        }
    }
}
