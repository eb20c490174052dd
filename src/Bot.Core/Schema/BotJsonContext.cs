using System.Text.Json.Serialization;

namespace Bot.Core.Schema;

/// <summary>
/// Source-generated JSON for the wire types: camelCase, nulls omitted (protocol doc §1.1),
/// lenient about property-name case when reading.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ChannelAccount))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(HeroCard))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(string))]
public sealed partial class BotJsonContext : JsonSerializerContext;
