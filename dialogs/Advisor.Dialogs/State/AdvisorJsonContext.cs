using System.Text.Json.Serialization;

namespace Advisor.Dialogs.State;

/// <summary>Stored and passed JSON of the advisor: camelCase, enums by name (never CLR type names).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(AdvisorState))]
[JsonSerializable(typeof(AnswerResult))]
[JsonSerializable(typeof(InterviewOptions))]
[JsonSerializable(typeof(string))]
public sealed partial class AdvisorJsonContext : JsonSerializerContext;
