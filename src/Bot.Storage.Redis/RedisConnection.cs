using StackExchange.Redis;

namespace Bot.Storage.Redis;

/// <summary>
/// One multiplexer per process, connected on first use (or at start-up by <see cref="RedisStartupCheck"/>,
/// which turns an unreachable server into a clear start-up error).
/// </summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _multiplexer;

    public RedisConnection(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = ConfigurationOptions.Parse(connectionString);
        Endpoints = string.Join(", ", options.EndPoints.Select(e => e.ToString()));
        _multiplexer = new Lazy<Task<ConnectionMultiplexer>>(() => ConnectAsync(options));
    }

    /// <summary>The servers named by the connection string, for messages (never the password).</summary>
    public string Endpoints { get; }

    public async Task<IDatabase> GetDatabaseAsync(CancellationToken cancellationToken) =>
        (await _multiplexer.Value.WaitAsync(cancellationToken)).GetDatabase();

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsValueCreated && _multiplexer.Value.IsCompletedSuccessfully)
        {
            await (await _multiplexer.Value).DisposeAsync();
        }
    }

    private async Task<ConnectionMultiplexer> ConnectAsync(ConfigurationOptions options)
    {
        try
        {
            return await ConnectionMultiplexer.ConnectAsync(options);
        }
        catch (RedisConnectionException ex)
        {
            throw new RedisStorageException($"Redis at {Endpoints} (Storage:Redis:ConnectionString) is unreachable: {ex.FailureType}.", ex);
        }
    }
}

/// <summary>The Redis store cannot be used: the server is unreachable or refused us.</summary>
public sealed class RedisStorageException : Exception
{
    public RedisStorageException() { }

    public RedisStorageException(string message) : base(message) { }

    public RedisStorageException(string message, Exception innerException) : base(message, innerException) { }
}
