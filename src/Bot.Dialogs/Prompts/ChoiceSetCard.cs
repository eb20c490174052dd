using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Schema;

namespace Bot.Dialogs.Prompts;

/// <summary>
/// A long list of choices as an Adaptive Card 1.4 (rendered by Teams, Web Chat and the Emulator):
/// one compact choice set and a submit button. The submit arrives as a message whose <c>value</c> is
/// <c>{"answer": "&lt;choice&gt;"}</c>, which <see cref="PromptInput"/> reads as the typed answer would be
/// (protocol doc §1.5, §6.4), so the prompt recognizes both the same way.
/// </summary>
internal static class ChoiceSetCard
{
    public const string Label = "Your answer";
    public const string Placeholder = "Pick one";
    public const string SubmitTitle = "Send";
    public const string MissingChoice = "Pick one of these first.";

    public static Attachment Build(IReadOnlyList<Choice> choices)
    {
        var choiceSet = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = PromptInput.AnswerProperty,
            ["style"] = "compact",
            ["label"] = Label, // Web Chat refuses to render a required input without a label.
            ["isRequired"] = true,
            ["errorMessage"] = MissingChoice,
            ["placeholder"] = Placeholder,
            ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Value, ["value"] = c.Value })]),
        };
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.4",
            ["body"] = new JsonArray(choiceSet),
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = SubmitTitle }),
        };
        return new Attachment
        {
            ContentType = AttachmentContentTypes.AdaptiveCard,
            Content = JsonSerializer.SerializeToElement(card, DialogsJsonContext.Default.JsonObject),
        };
    }
}
