using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Core.Telemetry;
using Bot.Core.Turns;

namespace Bot.Core.State;

/// <summary>
/// One JSON object of named properties in <see cref="IStorage"/>, loaded once per turn and written
/// back only when its JSON changed, under the eTag it was read with so that a concurrent writer is
/// detected (<see cref="ETagConflictException"/>), never silently overwritten.
/// </summary>
public abstract class BotState
{
    private readonly IStorage _storage;
    private readonly TurnStateKey<CachedState> _cacheKey;
    private readonly string _name;
    private readonly TimeSpan? _timeToLive;

    /// <summary>A state named <paramref name="name"/> in <paramref name="storage"/> that lives <paramref name="timeToLive"/> after its last save (null: until deleted).</summary>
    protected BotState(IStorage storage, string name, TimeSpan? timeToLive = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (timeToLive is { } ttl)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero, nameof(timeToLive));
        }

        _storage = storage;
        _cacheKey = new TurnStateKey<CachedState>(name);
        _name = name;
        _timeToLive = timeToLive;
    }

    /// <summary>A typed property of this state, serialized with the given source-generated type info.</summary>
    public StatePropertyAccessor<T> CreateProperty<T>(string name, JsonTypeInfo<T> typeInfo)
        where T : class => new(this, name, typeInfo);

    public async Task LoadAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!NeedsLoad(turnContext, force))
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        IReadOnlyDictionary<string, StoreItem> items;
        using (TurnSpans.StartStorage("read", _name))
        {
            items = await _storage.ReadAsync([key], cancellationToken);
        }

        Accept(turnContext, key, items);
    }

    /// <summary>Writes the state if anything in it changed this turn (or always, with <paramref name="force"/>).</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (PendingChange(turnContext, force) is not { } change)
        {
            return;
        }

        using var span = TurnSpans.StartStorage("write", _name);
        var etags = await _storage.WriteAsync(new Dictionary<string, StoreItem> { [change.Key] = change.Item }, cancellationToken);
        change.Saved(etags);
    }

    /// <summary>Empties the state for this turn; the next save writes the empty state.</summary>
    public void ClearState(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Get(_cacheKey)?.Clear();
    }

    /// <summary>Deletes the stored state and forgets what this turn loaded.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(_cacheKey);
        using var span = TurnSpans.StartStorage("delete", _name);
        await _storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken);
    }

    /// <summary>Where this state lives for the turn's conversation or user (protocol doc §8.7).</summary>
    protected abstract string GetStorageKey(ITurnContext turnContext);

    /// <summary>Whether the turn has this state at all (user state needs a user); a <see cref="BotStateSet"/> leaves the others out.</summary>
    protected internal virtual bool AppliesTo(ITurnContext turnContext) => true;

    internal IStorage Storage => _storage;

    internal string Name => _name;

    internal string StorageKey(ITurnContext turnContext) => GetStorageKey(turnContext);

    internal bool NeedsLoad(ITurnContext turnContext, bool force) => force || turnContext.TurnState.Get(_cacheKey) is null;

    /// <summary>Takes this state's item (if any) from what storage returned for the turn.</summary>
    internal void Accept(ITurnContext turnContext, string key, IReadOnlyDictionary<string, StoreItem> items)
    {
        var cached = items.TryGetValue(key, out var item) && item.Value.ValueKind == JsonValueKind.Object
            ? new CachedState(item.Value, item.ETag)
            : new CachedState(stored: null, item?.ETag);
        turnContext.TurnState.Set(_cacheKey, cached);
    }

    /// <summary>What a save would write now, or null when nothing changed (and nothing is forced).</summary>
    internal Change? PendingChange(ITurnContext turnContext, bool force)
    {
        if (turnContext.TurnState.Get(_cacheKey) is not { } cached)
        {
            return null;
        }

        var json = new ArrayBufferWriter<byte>();
        cached.WriteTo(json);
        if (!force && (cached.IsUnchanged(json.WrittenSpan) || (!cached.HasOriginal && cached.IsEmpty)))
        {
            return null;
        }

        var value = JsonElement.Parse(json.WrittenSpan);
        return new Change(GetStorageKey(turnContext), new StoreItem(value, cached.ETag) { TimeToLive = _timeToLive }, cached);
    }

    internal async Task<CachedState> GetCacheAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, force: false, cancellationToken);
        return turnContext.TurnState.Get(_cacheKey)!;
    }

    /// <summary>One state's write: its key, the item, and the turn's cache to update once it is stored.</summary>
    internal sealed record Change(string Key, StoreItem Item, CachedState Cache)
    {
        public void Saved(IReadOnlyDictionary<string, string> etags) => Cache.MarkSaved(etags[Key], Item.Value);
    }
}
