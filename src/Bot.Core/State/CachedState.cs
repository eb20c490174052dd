using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Core.State;

/// <summary>
/// A state object during one turn: the JSON read from storage plus the typed values handed out
/// since, which are serialized again at save time so that changes made to them are not lost.
/// Saving writes the object once, straight to UTF-8, and compares those bytes with the stored
/// ones (issue 16: no clone of the stored tree, no intermediate nodes or strings per save).
/// </summary>
internal sealed class CachedState
{
    private readonly Dictionary<string, (object Value, Action<Utf8JsonWriter, object> Write)> _live = new(StringComparer.Ordinal);
    private JsonObject _stored;
    private JsonElement? _original;

    /// <param name="stored">The stored JSON object, or null when nothing is stored.</param>
    /// <param name="etag">The eTag it was read with.</param>
    public CachedState(JsonElement? stored, string? etag)
    {
        _stored = stored is { } element ? JsonObject.Create(element) ?? [] : [];
        _original = stored;
        ETag = etag;
    }

    public string? ETag { get; private set; }

    /// <summary>Whether anything was stored when the turn began (or has been saved since).</summary>
    public bool HasOriginal => _original is not null;

    /// <summary>Whether the state holds no property at all.</summary>
    public bool IsEmpty => _stored.Count == 0 && _live.Count == 0;

    public bool TryGetLive(string name, out object? value)
    {
        var found = _live.TryGetValue(name, out var entry);
        value = found ? entry.Value : null;
        return found;
    }

    public JsonNode? GetStored(string name) => _stored[name];

    public void SetLive(string name, object value, Action<Utf8JsonWriter, object> write) => _live[name] = (value, write);

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

    /// <summary>
    /// The state as compact JSON, property order as stored with new properties last; the same bytes
    /// as <see cref="JsonNode.ToJsonString"/> of the stored object with the live values set in it.
    /// </summary>
    public void WriteTo(IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        foreach (var (name, node) in _stored)
        {
            writer.WritePropertyName(name);
            if (_live.TryGetValue(name, out var live))
            {
                live.Write(writer, live.Value);
            }
            else if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }
        }

        foreach (var (name, live) in _live)
        {
            if (!_stored.ContainsKey(name))
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

    public void MarkSaved(string etag, JsonElement saved)
    {
        ETag = etag;
        _original = saved;
    }
}
