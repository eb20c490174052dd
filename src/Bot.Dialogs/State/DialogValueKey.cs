using System.Text.Json.Serialization.Metadata;

namespace Bot.Dialogs;

/// <summary>
/// A typed key for a value a waterfall keeps between its steps: a name plus the source-generated
/// JSON contract it is stored with, so a value read after a save/load has the type it was written with.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class DialogValueKey<T>(string name, JsonTypeInfo<T> typeInfo)
{
    public string Name { get; } = string.IsNullOrEmpty(name) ? throw new ArgumentException("A value key needs a name.", nameof(name)) : name;

    public JsonTypeInfo<T> TypeInfo { get; } = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));

    public override string ToString() => Name;
}
