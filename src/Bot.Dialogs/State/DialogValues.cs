using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Dialogs;

/// <summary>
/// Values a waterfall keeps across its steps (protocol doc §8.2), stored as plain JSON in the
/// dialog's instance state and read back through <see cref="DialogValueKey{T}"/>: never an object bag.
/// </summary>
public sealed class DialogValues
{
    private readonly JsonObject _json;

    internal DialogValues(JsonObject json) => _json = json;

    public bool Contains<T>(DialogValueKey<T> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _json.ContainsKey(key.Name);
    }

    public void Set<T>(DialogValueKey<T> key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        _json[key.Name] = JsonSerializer.SerializeToNode(value, key.TypeInfo);
    }

    public bool TryGet<T>(DialogValueKey<T> key, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        value = default;
        if (_json[key.Name] is not { } node)
        {
            return false;
        }

        value = DialogJson.Read(node, key.TypeInfo)!;
        return value is not null;
    }

    /// <exception cref="KeyNotFoundException">No value was set under <paramref name="key"/>.</exception>
    public T Get<T>(DialogValueKey<T> key) =>
        TryGet(key, out var value) ? value : throw new KeyNotFoundException($"The waterfall has no value '{key}'.");

    public void Remove<T>(DialogValueKey<T> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _json.Remove(key.Name);
    }
}
