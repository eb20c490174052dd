using System.Text.Json;
using Bot.Core.Schema;

namespace Bot.Dialogs.Prompts;

/// <summary>
/// The answer text of a message, typed or submitted from a card. Card submits (Teams
/// Action.Submit, messageBack; protocol doc §9.11) arrive with <c>text</c> null and an object in
/// <c>value</c>: the answer is its <c>"answer"</c> property, else the property named after the
/// prompt's id, else its first string property. Numbers and booleans there count as their JSON text.
/// </summary>
public static class PromptInput
{
    /// <summary>The conventional card-submit property that holds the answer.</summary>
    public const string AnswerProperty = "answer";

    /// <summary>The answer text, trimmed; empty (never null, never throwing) when there is none.</summary>
    public static string GetText(Activity activity, string? promptId = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.TextWithoutBotMention();
        if (!string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        return activity.Value is { ValueKind: JsonValueKind.Object } value ? FromSubmit(value, promptId) : string.Empty;
    }

    private static string FromSubmit(JsonElement value, string? promptId)
    {
        if (TryRead(value, AnswerProperty, out var answer) || (promptId is not null && TryRead(value, promptId, out answer)))
        {
            return answer;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } first)
            {
                return first.Trim();
            }
        }

        return string.Empty;
    }

    private static bool TryRead(JsonElement value, string name, out string answer)
    {
        answer = value.TryGetProperty(name, out var property) ? property.ValueKind switch
        {
            JsonValueKind.String => property.GetString()?.Trim() ?? string.Empty,
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.GetRawText(),
            _ => string.Empty,
        } : string.Empty;
        return answer.Length > 0;
    }
}
