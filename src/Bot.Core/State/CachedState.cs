using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Bot.Core.State;

/// <summary>
/// A state object during one turn: the JSON read from storage plus the typed values handed out
/// since, which are serialized again at save time so that changes made to them are not lost.
/// A property is read straight from the stored element, and saving writes the object once, straight
/// to UTF-8, and compares those bytes with the stored ones (issue 16: no tree of nodes is built from
/// the stored JSON, no property is written out and parsed again to be read, no string per save).
/// </summary>
internal sealed class CachedState
{
    private readonly Dictionary<string, (object Value, Action<Utf8JsonWriter, object> Write)> _live = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private JsonElement? _original;
    private bool _cleared;

    /// <param name="stored">The stored JSON object, or null when nothing is stored.</param>
    /// <param name="etag">The eTag it was read with.</param>
    public CachedState(JsonElement? stored, string? etag)
    {
        _original = stored is { ValueKind: JsonValueKind.Object } ? stored : null;
        ETag = etag;
    }

    public string? ETag { get; private set; }

    /// <summary>Whether anything was stored when the turn began (or has been saved since).</summary>
    public bool HasOriginal => _original is not null;

    /// <summary>Whether the state holds no property at all.</summary>
    public bool IsEmpty
    {
        get
        {
            if (_live.Count > 0 || _original is not { } original || _cleared)
            {
                return _live.Count == 0;
            }

            foreach (var property in original.EnumerateObject())
            {
                if (!_removed.Contains(property.Name))
                {
                    return false;
                }
            }

            return true;
        }
    }

    public bool TryGetLive(string name, out object? value)
    {
        var found = _live.TryGetValue(name, out var entry);
        value = found ? entry.Value : null;
        return found;
    }

    /// <summary>The stored value of a property not changed this turn; false when there is none (or it is JSON null).</summary>
    public bool TryGetStored(string name, out JsonElement value)
    {
        value = default;
        return IsStored(name) && _original!.Value.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    public void SetLive(string name, object value, Action<Utf8JsonWriter, object> write) => _live[name] = (value, write);

    public void Remove(string name)
    {
        _live.Remove(name);
        _removed.Add(name);
    }

    public void Clear()
    {
        _live.Clear();
        _removed.Clear();
        _cleared = true;
    }

    /// <summary>
    /// The state as compact JSON: the stored properties in their stored order (a changed one with its
    /// new value), then the new ones in the order they were set.
    /// </summary>
    public void WriteTo(IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        if (_original is { } original && !_cleared)
        {
            foreach (var property in original.EnumerateObject())
            {
                if (_removed.Contains(property.Name))
                {
                    continue;
                }

                if (_live.TryGetValue(property.Name, out var live))
                {
                    writer.WritePropertyName(property.Name);
                    live.Write(writer, live.Value);
                }
                else
                {
                    property.WriteTo(writer);
                }
            }
        }

        foreach (var (name, live) in _live)
        {
            if (!IsStored(name) || !_original!.Value.TryGetProperty(name, out _))
            {
                writer.WritePropertyName(name);
                live.Write(writer, live.Value);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Whether <paramref name="json"/> is byte for byte what was stored.</summary>
    public bool IsUnchanged(ReadOnlySpan<byte> json) =>
        _original is { } original && JsonMarshal.GetRawUtf8Value(original).SequenceEqual(json);

    /// <summary>After a write: <paramref name="saved"/> is what is stored now, the live values included.</summary>
    public void MarkSaved(string etag, JsonElement saved)
    {
        ETag = etag;
        _original = saved;
        _removed.Clear();
        _cleared = false;
    }

    // Stored and neither removed nor cleared this turn.
    private bool IsStored(string name) => _original is not null && !_cleared && !_removed.Contains(name);
}
