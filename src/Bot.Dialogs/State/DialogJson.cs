using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Bot.Dialogs;

/// <summary>Typed reads and writes of dialog options, results and instance state (all plain JSON).</summary>
public static class DialogJson
{
    /// <summary>A value as the JSON a dialog stores or returns.</summary>
    public static JsonNode? From<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToNode(value, typeInfo);

    /// <summary>Reads a stored value in its current shape.</summary>
    /// <exception cref="DialogStateException">The JSON does not have the shape of <typeparamref name="T"/>.</exception>
    public static T? Read<T>(JsonNode? node, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        try
        {
            return node is null ? default : node.Deserialize(typeInfo);
        }
        catch (JsonException ex)
        {
            throw new DialogStateException($"Stored dialog JSON cannot be read as {typeof(T).Name}.", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new DialogStateException($"Stored dialog JSON cannot be read as {typeof(T).Name}.", ex);
        }
    }
}
