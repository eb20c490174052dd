using System.Security.Cryptography;
using System.Text.Json;
using Bot.Core.State;
using Microsoft.AspNetCore.WebUtilities;
using StackExchange.Redis;

namespace Bot.Storage.Redis;

/// <summary>
/// <see cref="IStorage"/> on Redis (issue 14). Each item is a hash (<c>v</c>: the JSON, <c>e</c>: the eTag)
/// under <c>{prefix}state:{key}</c>. A write is one Lua script, so every condition of a batch is checked
/// and every item written atomically: compare-and-set across the batch. Time to live is Redis key expiry.
/// </summary>
public sealed class RedisStorage(RedisConnection connection, string keyPrefix) : IStorage
{
    // KEYS: the items. ARGV per item: expected eTag ("*" any, "" absent), new eTag, JSON, time to live in ms (0: none).
    // Returns 0 when written, or the 1-based index of the first item whose condition failed (then nothing is written).
    private const string WriteScript = """
        for i, key in ipairs(KEYS) do
          local expected = ARGV[(i - 1) * 4 + 1]
          if expected ~= '*' then
            local current = redis.call('HGET', key, 'e')
            if expected == '' then
              if current then return i end
            elseif current ~= expected then
              return i
            end
          end
        end
        for i, key in ipairs(KEYS) do
          local base = (i - 1) * 4
          redis.call('HSET', key, 'v', ARGV[base + 3], 'e', ARGV[base + 2])
          local ttl = tonumber(ARGV[base + 4])
          if ttl > 0 then redis.call('PEXPIRE', key, ttl) else redis.call('PERSIST', key) end
        end
        return 0
        """;

    private static readonly RedisValue[] Fields = ["v", "e"];

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var database = await connection.GetDatabaseAsync(cancellationToken);
        var reads = keys.Select(key => (Key: key, Values: database.HashGetAsync(RedisKeyOf(key), Fields))).ToList();
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        foreach (var (key, values) in reads)
        {
            var fields = await values.WaitAsync(cancellationToken);
            if (fields[0].IsNull || fields[1].IsNull)
            {
                continue;
            }

            using var document = JsonDocument.Parse((ReadOnlyMemory<byte>)fields[0]);
            result[key] = new StoreItem(document.RootElement.Clone(), fields[1]);
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var keys = new List<RedisKey>(changes.Count);
        var arguments = new List<RedisValue>(changes.Count * 4);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, item) in changes)
        {
            var etag = NewETag();
            keys.Add(RedisKeyOf(key));
            arguments.Add(item.ETag ?? "");
            arguments.Add(etag);
            arguments.Add(item.Value.GetRawText());
            arguments.Add(item.TimeToLive is { } ttl ? (long)Math.Ceiling(ttl.TotalMilliseconds) : 0);
            written[key] = etag;
        }

        var database = await connection.GetDatabaseAsync(cancellationToken);
        var failed = (int)await database.ScriptEvaluateAsync(WriteScript, [.. keys], [.. arguments]).WaitAsync(cancellationToken);
        if (failed > 0)
        {
            throw ETagConflictException.For(changes.Keys.ElementAt(failed - 1));
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

        var database = await connection.GetDatabaseAsync(cancellationToken);
        await database.KeyDeleteAsync([.. keys.Select(RedisKeyOf)]).WaitAsync(cancellationToken);
    }

    /// <summary>The Redis key of a state key (public for operators' tools and tests).</summary>
    public RedisKey RedisKeyOf(string key) => keyPrefix + "state:" + key;

    // Random, so a key deleted and created again never matches an eTag handed out before.
    private static string NewETag() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(12));
}
