using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Bot.Core.State;
using Bot.Storage.Redis;
using Bot.Storage.Sqlite;
using Bot.Testing;

namespace Advisor.Benchmarks;

/// <summary>
/// One turn's storage work per store (issue 14): read a conversation's state, write it back under its
/// eTag. Target: SQLite adds under 0.2 ms per turn over Memory. Redis runs on a local redis-server
/// (loopback round trips included). Run:
/// dotnet run -c Release --project tests/Advisor.Benchmarks -- --filter '*Storage*' --job short
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class StorageBenchmarks
{
    private const string Key = "directline/conversations/benchmark";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-bench-" + Guid.NewGuid().ToString("N"));
    private RedisServer? _redis;
    private RedisConnection? _redisConnection;
    private IStorage _storage = null!;
    private JsonElement _state;

    [Params("Memory", "Sqlite", "Redis")]
    public string Store { get; set; } = "Memory";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _state = JsonSerializer.SerializeToElement(ConversationStateLikeTheAdvisors());
        switch (Store)
        {
            case "Sqlite":
                _storage = new SqliteStorage(Path.Combine(_folder, "bot-state.db"), TimeProvider.System);
                break;
            case "Redis":
                _redis = new RedisServer();
                await _redis.InitializeAsync();
                _redisConnection = new RedisConnection(_redis.ConnectionString);
                _storage = new RedisStorage(_redisConnection, "bench:");
                break;
            default:
                _storage = new MemoryStorage();
                break;
        }

        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [Key] = new(_state, ETagCondition.Any) }, CancellationToken.None);
    }

    [Benchmark]
    public async Task<string> ReadThenWrite()
    {
        var read = (await _storage.ReadAsync([Key], CancellationToken.None))[Key];
        var written = await _storage.WriteAsync(new Dictionary<string, StoreItem> { [Key] = new(read.Value, read.ETag) { TimeToLive = TimeSpan.FromDays(7) } }, CancellationToken.None);
        return written[Key];
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        (_storage as IDisposable)?.Dispose();
        if (_redisConnection is not null)
        {
            await _redisConnection.DisposeAsync();
        }

        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    // About the size of the advisor's state mid-interview: the answers plus a dialog stack of three.
    private static Dictionary<string, object> ConversationStateLikeTheAdvisors() => new()
    {
        ["Advisor"] = new Dictionary<string, object> { ["version"] = 1, ["welcomed"] = true, ["size"] = "Small", ["timeline"] = "Weeks", ["answeredOrder"] = new[] { "Size", "Timeline" } },
        ["DialogState"] = new Dictionary<string, object>
        {
            ["version"] = 1,
            ["stack"] = Enumerable.Range(0, 3).Select(i => new Dictionary<string, object> { ["id"] = $"dialog-{i}", ["state"] = new Dictionary<string, object> { ["stepIndex"] = i, ["options"] = new string('x', 200) } }).ToArray(),
        },
    };
}
