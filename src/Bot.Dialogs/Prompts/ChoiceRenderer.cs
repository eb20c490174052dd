using Bot.Core.Schema;
using Bot.Dialogs.Formatting;

namespace Bot.Dialogs.Prompts;

/// <summary>
/// Shows choices the way the channel can (protocol doc §8.4, §6.6): suggested actions (imBack,
/// addressed to the user) where the channel shows them, a hero card with imBack buttons in Teams,
/// a numbered list elsewhere or when any title is longer than 20 characters. The prompt text stays.
/// </summary>
public static class ChoiceRenderer
{
    private const int MaxTitleLength = 20;

    public static Activity Render(Activity prompt, IReadOnlyList<Choice> choices, ListStyle style, string? channelId, string? userId)
    {
        if (choices.Count == 0 || style == ListStyle.None)
        {
            return prompt;
        }

        switch (style == ListStyle.Auto ? ChooseStyle(choices, channelId) : style)
        {
            case ListStyle.SuggestedAction:
                prompt.SuggestedActions = new SuggestedActions
                {
                    To = userId is null ? null : [userId],
                    Actions = [.. choices.Select(c => CardAction.ImBack(c.Value))],
                };
                break;
            case ListStyle.HeroCard:
                var card = new HeroCard { Buttons = [.. choices.Select(c => CardAction.ImBack(c.Value))] };
                prompt.Attachments = [.. prompt.Attachments ?? [], card.ToAttachment()];
                break;
            default:
                prompt.Text = Markdown.Blocks(prompt.Text, Markdown.NumberedList(choices.Select(c => c.Value)));
                break;
        }

        return prompt;
    }

    private static ListStyle ChooseStyle(IReadOnlyList<Choice> choices, string? channelId)
    {
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
}
