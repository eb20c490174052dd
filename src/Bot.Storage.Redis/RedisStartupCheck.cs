using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Storage.Redis;

/// <summary>Connects and pings at start-up, so an unreachable Redis stops the host with the reason instead of failing turns.</summary>
internal sealed class RedisStartupCheck(RedisConnection connection, IOptions<RedisStorageOptions> options, ILogger<RedisStartupCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var database = await connection.GetDatabaseAsync(cancellationToken);
        try
        {
            await database.PingAsync().WaitAsync(cancellationToken);
        }
        catch (RedisException ex)
        {
            throw new RedisStorageException($"Redis at {connection.Endpoints} (Storage:Redis:ConnectionString) did not answer: {ex.Message}", ex);
        }

        Log.Connected(logger, connection.Endpoints, options.Value.KeyPrefix);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
