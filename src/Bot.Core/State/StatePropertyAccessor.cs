using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Core.Turns;

namespace Bot.Core.State;

/// <summary>A typed property of a <see cref="BotState"/>: one record per dialog's data, never an object bag.</summary>
public sealed class StatePropertyAccessor<T>
    where T : class
{
    private readonly BotState _state;
    private readonly JsonTypeInfo<T> _typeInfo;

    internal StatePropertyAccessor(BotState state, string name, JsonTypeInfo<T> typeInfo)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(typeInfo);
        _state = state;
        _typeInfo = typeInfo;
        Name = name;
    }

    public string Name { get; }

    /// <summary>The value, or a new one from <paramref name="defaultFactory"/> that is kept in the state.</summary>
    /// <exception cref="StateFormatException">The stored JSON cannot be read as <typeparamref name="T"/>.</exception>
    public async Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(defaultFactory);
        if (await TryGetAsync(turnContext, cancellationToken) is { } existing)
        {
            return existing;
        }

        var created = defaultFactory();
        await SetAsync(turnContext, created, cancellationToken);
        return created;
    }

    /// <summary>The value, or null when the state has none.</summary>
    /// <exception cref="StateFormatException">The stored JSON cannot be read as <typeparamref name="T"/>.</exception>
    public async Task<T?> TryGetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var cache = await _state.GetCacheAsync(turnContext, cancellationToken);
        if (cache.TryGetLive(Name, out var live))
        {
            return (T)live!;
        }

        if (!cache.TryGetStored(Name, out var stored))
        {
            return null;
        }

        T? value;
        try
        {
            value = stored.Deserialize(_typeInfo);
        }
        catch (JsonException ex)
        {
            throw new StateFormatException(Name, ex);
        }

        if (value is not null)
        {
            cache.SetLive(Name, value, Write);
        }

        return value;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        var cache = await _state.GetCacheAsync(turnContext, cancellationToken);
        cache.SetLive(Name, value, Write);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var cache = await _state.GetCacheAsync(turnContext, cancellationToken);
        cache.Remove(Name);
    }

    private void Write(Utf8JsonWriter writer, object value) => JsonSerializer.Serialize(writer, (T)value, _typeInfo);
}

/// <summary>Stored state exists but cannot be read as the current shape (e.g. written by an older version).</summary>
public sealed class StateFormatException : Exception
{
    public StateFormatException() { }

    public StateFormatException(string message) : base(message) { }

    public StateFormatException(string message, Exception innerException) : base(message, innerException) { }

    public StateFormatException(string property, JsonException innerException)
        : base($"The stored state property '{property}' cannot be read in its current shape.", innerException) => Property = property;

    public string? Property { get; }
}
