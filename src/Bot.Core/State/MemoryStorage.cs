using System.Globalization;
using System.Text.Json;

namespace Bot.Core.State;

/// <summary>
/// In-process storage for tests and single-instance runs. Values are kept as serialized JSON, so
/// callers never share an object with the store: changing what was read changes nothing stored.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, (byte[] Json, string ETag)> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _lastETag;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
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
        lock (_gate)
        {
            foreach (var (key, item) in changes)
            {
                if (!ETagCondition.Holds(item.ETag, _items.TryGetValue(key, out var stored) ? stored.ETag : null))
                {
                    throw ETagConflictException.For(key);
                }
            }

            foreach (var (key, item) in changes)
            {
                var etag = (++_lastETag).ToString(CultureInfo.InvariantCulture);
                _items[key] = (JsonSerializer.SerializeToUtf8Bytes(item.Value, StateJsonContext.Default.JsonElement), etag);
                written[key] = etag;
            }
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
