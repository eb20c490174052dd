using System.Globalization;
using System.Text.Json;

namespace Bot.Core.State;

/// <summary>
/// In-process storage for tests and explicit opt-in. Values are kept as serialized JSON, so callers
/// never share an object with the store: changing what was read changes nothing stored. Items written
/// with a time to live vanish when it passes, and writes evict expired items now and then (issue 14).
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly Dictionary<string, Entry> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private long _lastETag;
    private DateTimeOffset _nextSweep;

    public MemoryStorage()
        : this(TimeProvider.System)
    {
    }

    public MemoryStorage(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
        _nextSweep = clock.GetUtcNow() + SweepInterval;
    }

    /// <summary>Items held, expired ones not yet evicted included (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (TryGetLive(key, now, out var item))
                {
                    using var document = JsonDocument.Parse(item.Json);
                    result[key] = new StoreItem(document.RootElement.Clone(), item.ETag);
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(result);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            foreach (var (key, item) in changes)
            {
                if (!ETagCondition.Holds(item.ETag, TryGetLive(key, now, out var stored) ? stored.ETag : null))
                {
                    throw ETagConflictException.For(key);
                }
            }

            foreach (var (key, item) in changes)
            {
                var etag = (++_lastETag).ToString(CultureInfo.InvariantCulture);
                var json = JsonSerializer.SerializeToUtf8Bytes(item.Value, StateJsonContext.Default.JsonElement);
                _items[key] = new Entry(json, etag, now + item.TimeToLive);
                written[key] = etag;
            }

            SweepIfDue(now);
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(written);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    private bool TryGetLive(string key, DateTimeOffset now, out Entry item)
    {
        if (!_items.TryGetValue(key, out item!))
        {
            return false;
        }

        if (!item.IsExpired(now))
        {
            return true;
        }

        _items.Remove(key);
        return false;
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + SweepInterval;
        foreach (var (key, item) in _items)
        {
            if (item.IsExpired(now))
            {
                _items.Remove(key);
            }
        }
    }

    private sealed record Entry(byte[] Json, string ETag, DateTimeOffset? ExpiresAt)
    {
        public bool IsExpired(DateTimeOffset now) => ExpiresAt <= now;
    }
}

/// <summary>The eTag write condition shared by every storage (see <see cref="StoreItem"/>).</summary>
public static class ETagCondition
{
    /// <summary>Wildcard: overwrite whatever is stored.</summary>
    public const string Any = "*";

    /// <summary>Whether a write with <paramref name="requested"/> may replace an item stored with <paramref name="stored"/> (null: absent).</summary>
    public static bool Holds(string? requested, string? stored) => requested switch
    {
        Any => true,
        null => stored is null,
        _ => string.Equals(requested, stored, StringComparison.Ordinal),
    };
}
