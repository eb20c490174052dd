using System.Text.Json.Nodes;

namespace Bot.Dialogs.Prompts;

/// <summary>
/// The result a prompt ends with when its <see cref="PromptOptions.MaxAttempts"/> ran out and no
/// <see cref="PromptOptions.DefaultValue"/> was given: the JSON object <c>{"noAnswer":true}</c>.
/// Waterfall steps test it with <see cref="WaterfallStepContext.IsNoAnswer"/>.
/// </summary>
public static class PromptResult
{
    private const string NoAnswerProperty = "noAnswer";

    /// <summary>A new no-answer marker.</summary>
    public static JsonObject NoAnswer => new() { [NoAnswerProperty] = true };

    public static bool IsNoAnswer(JsonNode? result) =>
        result is JsonObject obj && obj.Count == 1 && obj[NoAnswerProperty] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
}
