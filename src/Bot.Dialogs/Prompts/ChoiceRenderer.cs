using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Schema;
using Bot.Dialogs.Formatting;

namespace Bot.Dialogs.Prompts;

/// <summary>
/// Shows choices the way the channel can (protocol doc §8.4, §6.6): suggested actions (imBack,
/// addressed to the user) where the channel shows them, a hero card with messageBack buttons in Teams,
/// an Adaptive Card with a compact choice set for a long list, and a numbered list elsewhere or when
/// any title is longer than 20 characters. The prompt text stays, so typed answers always work.
/// </summary>
public static class ChoiceRenderer
{
    private const int MaxTitleLength = 20;

    /// <summary>
    /// The most buttons a list is shown with. Teams shows at most 6 buttons on a hero card (its cards
    /// reference), so a longer list would lose options there; elsewhere 6 is still about as many buttons
    /// as read well at once, so every card channel shows a longer list as one compact choice set.
    /// </summary>
    public const int MaxButtons = 6;

    public static Activity Render(Activity prompt, IReadOnlyList<Choice> choices, ListStyle style, string? channelId, string? userId)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count == 0 || style == ListStyle.None)
        {
            return prompt;
        }

        switch (Resolve(style, choices, channelId))
        {
            case ListStyle.SuggestedAction:
                prompt.SuggestedActions = new SuggestedActions
                {
                    To = userId is null ? null : [userId],
                    Actions = [.. choices.Select(c => CardAction.ImBack(c.Value))],
                };
                break;
            case ListStyle.HeroCard:
                var card = new HeroCard { Buttons = [.. choices.Select(c => CardButton(c.Value, c.Value))] };
                prompt.Attachments = [.. prompt.Attachments ?? [], card.ToAttachment()];
                break;
            case ListStyle.ChoiceSet:
                prompt.Attachments = [.. prompt.Attachments ?? [], ChoiceSetCard.Build(choices)];
                break;
            default:
                prompt.Text = Markdown.Blocks(prompt.Text, Markdown.NumberedList(choices.Select(c => c.Value)));
                break;
        }

        return prompt;
    }

    /// <summary>
    /// A card button titled <paramref name="title"/> that answers <paramref name="sends"/>: a messageBack, not an
    /// imBack, because in a Teams channel or group chat only messages that @mention the bot reach it (protocol
    /// doc §6.3) and a pressed imBack carries no mention. The answer is its text, shown as typed, and again in
    /// its value (<see cref="PromptInput.AnswerProperty"/>), which also marks the press as meant for the bot.
    /// </summary>
    public static CardAction CardButton(string title, string sends) => new()
    {
        Type = ActionTypes.MessageBack,
        Title = title,
        Text = sends,
        DisplayText = sends,
        Value = JsonSerializer.SerializeToElement(new JsonObject { [PromptInput.AnswerProperty] = sends }, DialogsJsonContext.Default.JsonObject),
    };

    /// <summary>The style to use: <paramref name="style"/>, or the channel's best for Auto, never more card buttons than Teams shows.</summary>
    private static ListStyle Resolve(ListStyle style, IReadOnlyList<Choice> choices, string? channelId)
    {
        var resolved = style == ListStyle.Auto ? ChooseStyle(choices, channelId) : style;
        return resolved == ListStyle.HeroCard && choices.Count > MaxButtons
            ? (RendersAdaptiveCards(channelId) ? ListStyle.ChoiceSet : ListStyle.List)
            : resolved;
    }

    private static ListStyle ChooseStyle(IReadOnlyList<Choice> choices, string? channelId)
    {
        if (choices.Count > MaxButtons && RendersAdaptiveCards(channelId))
        {
            return ListStyle.ChoiceSet;
        }

        if (choices.Any(c => c.Value.Length > MaxTitleLength))
        {
            return ListStyle.List;
        }

        return channelId switch
        {
            Channels.MsTeams => ListStyle.HeroCard,
            Channels.Emulator or Channels.DirectLine or Channels.WebChat or Channels.Test => ListStyle.SuggestedAction,
            _ => ListStyle.List,
        };
    }

    private static bool RendersAdaptiveCards(string? channelId) =>
        channelId is Channels.MsTeams or Channels.Emulator or Channels.DirectLine or Channels.WebChat or Channels.Test;
}
