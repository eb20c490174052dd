namespace Bot.Core.Turns;

/// <summary>A typed key for a value kept for the length of one turn.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class TurnStateKey<T>(string name)
    where T : class
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

/// <summary>Per-turn values, read and written through typed keys instead of an object bag.</summary>
public sealed class TurnStateCollection
{
    private readonly Dictionary<object, object> _values = [];

    public T? Get<T>(TurnStateKey<T> key)
        where T : class => _values.TryGetValue(key, out var value) ? (T)value : null;

    public void Set<T>(TurnStateKey<T> key, T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _values[key] = value;
    }

    public void Remove<T>(TurnStateKey<T> key)
        where T : class => _values.Remove(key);
}
