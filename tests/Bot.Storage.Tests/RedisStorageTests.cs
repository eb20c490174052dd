using System.Text.Json;
using Bot.Core.State;
using Bot.Storage.Redis;
using Bot.Testing;
using StackExchange.Redis;

namespace Bot.Storage.Tests;

/// <summary>The contract suite against a real redis-server; each test gets its own key prefix on the shared server.</summary>
public sealed class RedisStorageTests(RedisServer server) : StorageContractTests, IClassFixture<RedisServer>, IAsyncDisposable
{
    private readonly string _prefix = "test-" + Guid.NewGuid().ToString("N") + ":";
    private RedisConnection? _connection;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected override IStorage CreateStorage() => new RedisStorage(Connection(), _prefix);

    [Fact]
    public async Task Write_WithTimeToLive_SetsRedisKeyExpiry()
    {
        var storage = new RedisStorage(Connection(), _prefix);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(JsonSerializer.SerializeToElement(1), null) { TimeToLive = TimeSpan.FromDays(7) } }, Ct);

        var ttl = await (await Connection().GetDatabaseAsync(Ct)).KeyTimeToLiveAsync(storage.RedisKeyOf("k"));

        Assert.InRange(ttl!.Value, TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(7));
    }

    [Fact]
    public async Task Write_WithoutTimeToLive_RemovesAnEarlierExpiry()
    {
        var storage = new RedisStorage(Connection(), _prefix);
        var etag = (await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(JsonSerializer.SerializeToElement(1), null) { TimeToLive = TimeSpan.FromDays(7) } }, Ct))["k"];
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(JsonSerializer.SerializeToElement(2), etag) }, Ct);

        Assert.Null(await (await Connection().GetDatabaseAsync(Ct)).KeyTimeToLiveAsync(storage.RedisKeyOf("k")));
    }

    [Fact]
    public async Task Connect_ToAPortNobodyListensOn_SaysWhichServerIsUnreachable()
    {
        await using var connection = new RedisConnection("127.0.0.1:1,abortConnect=true,connectTimeout=500");

        var error = await Assert.ThrowsAsync<RedisStorageException>(() => connection.GetDatabaseAsync(Ct));

        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:Redis:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            var database = await _connection.GetDatabaseAsync(CancellationToken.None);
            var keys = await database.ExecuteAsync("KEYS", _prefix + "*");
            foreach (var key in (RedisResult[])keys!)
            {
                await database.KeyDeleteAsync((string)key!);
            }

            await _connection.DisposeAsync();
        }
    }

    private RedisConnection Connection()
    {
        server.EnsureAvailable();
        return _connection ??= new RedisConnection(server.ConnectionString);
    }
}
