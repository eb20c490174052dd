using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Bot.Dialogs.Prompts;
using Bot.Dialogs.Recognition;

namespace Bot.Dialogs;

/// <summary>
/// Source-generated JSON for everything the dialog engine stores or returns: the stack, prompt
/// options and prompt results. No CLR type names ever reach storage (STYLE.md "Do" 4).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(FoundChoice))]
[JsonSerializable(typeof(RecognizedDuration))]
[JsonSerializable(typeof(RecognizedDate))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(DateOnly))]
[JsonSerializable(typeof(TimeSpan))]
public sealed partial class DialogsJsonContext : JsonSerializerContext;
