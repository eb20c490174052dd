using System.Text.Json;
using Bot.Core.Schema;
using Bot.Core.Turns;
using Bot.Dialogs.Prompts;

namespace Advisor.Dialogs;

/// <summary>
/// The welcome's two ways in, as buttons under a reply: "Ask me the questions", and an example that
/// sends a real description, so the user sees what a one-message answer looks like.
/// </summary>
internal static class WelcomeButtons
{
    public static Activity With(string text, ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var reply = ChoiceRenderer.Render(MessageFactory.Text(text), [new Choice(AdvisorStrings.AskMeButton)], ListStyle.Auto, turnContext.Activity.ChannelId, turnContext.Activity.From?.Id);
        AddExample(reply);
        return reply;
    }

    /// <summary>What a press of the button titled <paramref name="text"/> sends: "try an example" typed is the example description.</summary>
    public static string Sent(string text) =>
        string.Equals(text.Trim(), AdvisorStrings.ExampleButton, StringComparison.OrdinalIgnoreCase) ? AdvisorStrings.ExampleDescription : text;

    private static void AddExample(Activity activity)
    {
        if (activity.SuggestedActions?.Actions is { } actions)
        {
            actions.Add(new CardAction(ActionTypes.ImBack, AdvisorStrings.ExampleButton, AdvisorStrings.ExampleDescription));
        }
        else if (activity.Attachments is [{ ContentType: AttachmentContentTypes.HeroCard } hero])
        {
            // A card button, like the choices beside it: a messageBack reaches the bot in a Teams channel too.
            var card = hero.Content!.Value.Deserialize(BotJsonContext.Default.HeroCard)!;
            card.Buttons = [.. card.Buttons ?? [], ChoiceRenderer.CardButton(AdvisorStrings.ExampleButton, AdvisorStrings.ExampleDescription)];
            activity.Attachments = [card.ToAttachment()];
        }
    }
}
