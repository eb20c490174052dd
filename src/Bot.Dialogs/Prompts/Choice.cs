using System.Text.Json.Serialization;

namespace Bot.Dialogs.Prompts;

/// <summary>One answer a <see cref="ChoicePrompt"/> offers; <see cref="Synonyms"/> are other words for it.</summary>
public sealed record Choice(string Value, IReadOnlyList<string>? Synonyms = null);

/// <summary>The choice an answer picked (protocol doc §8.4): its value, index, how well it matched, and the word that matched.</summary>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym = null);

/// <summary>How a prompt shows its choices (protocol doc §8.4).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ListStyle>))]
public enum ListStyle
{
    /// <summary>By channel: suggested actions, a hero card in Teams, a choice-set card for a long list, a numbered list elsewhere or for long titles.</summary>
    Auto,

    /// <summary>The prompt text only.</summary>
    None,

    /// <summary>Numbered lines under the prompt text.</summary>
    List,

    SuggestedAction,

    HeroCard,

    /// <summary>An Adaptive Card with a compact choice set and a submit button.</summary>
    ChoiceSet,
}
