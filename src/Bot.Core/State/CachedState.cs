using System.Text.Json.Nodes;

namespace Bot.Core.State;

/// <summary>
/// A state object during one turn: the JSON read from storage plus the typed values handed out
/// since, which are serialized again at save time so that changes made to them are not lost.
/// </summary>
internal sealed class CachedState(JsonObject stored, string? etag, string? original)
{
    private readonly Dictionary<string, (object Value, Func<object, JsonNode?> Serialize)> _live = new(StringComparer.Ordinal);
    private JsonObject _stored = stored;

    public string? ETag { get; private set; } = etag;

    /// <summary>The JSON as last read or written; null when nothing is stored.</summary>
    public string? Original { get; private set; } = original;

    public bool TryGetLive(string name, out object? value)
    {
        var found = _live.TryGetValue(name, out var entry);
        value = found ? entry.Value : null;
        return found;
    }

    public JsonNode? GetStored(string name) => _stored[name];

    public void SetLive(string name, object value, Func<object, JsonNode?> serialize) => _live[name] = (value, serialize);

    public void Remove(string name)
    {
        _live.Remove(name);
        _stored.Remove(name);
    }

    public void Clear()
    {
        _live.Clear();
        _stored = [];
    }

    public JsonObject Serialize()
    {
        var result = (JsonObject)_stored.DeepClone();
        foreach (var (name, (value, serialize)) in _live)
        {
            result[name] = serialize(value);
        }

        return result;
    }

    public void MarkSaved(string etag, string json)
    {
        ETag = etag;
        Original = json;
    }
}
