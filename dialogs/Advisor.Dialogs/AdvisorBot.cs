using System.Text.Json;
using System.Text.Json.Nodes;
using Advisor.Dialogs.Cards;
using Advisor.Dialogs.Resume;
using Advisor.Knowledge;
using Advisor.Dialogs.State;
using Advisor.Dialogs.Understanding;
using Bot.Core.Schema;
using Bot.Core.Turns;
using Bot.Dialogs;
using Bot.Dialogs.Prompts;
using Microsoft.Extensions.Logging;

namespace Advisor.Dialogs;

/// <summary>
/// The advisor as a bot: greets each conversation once (when someone joins, when Teams installs it,
/// or before the first answer if neither happened), runs the advisor dialog on messages, and saves
/// state at the end of every turn. In Teams group chats and channels it answers only when @mentioned.
/// With a <see cref="ResumeOffer"/>, a returning user's new conversation opens with the offer to continue (issue 14).
/// </summary>
public sealed class AdvisorBot(AdvisorStateStore state, AdvisorDialog dialog, TimeProvider time, ILogger<AdvisorBot> logger, ResumeOffer? resume = null) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate when activity.MembersAddedOtherThanBot().Any():
            case ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade":
                if (resume is null || !await resume.TryOfferAsync(turnContext, await state.GetAsync(turnContext, cancellationToken), cancellationToken))
                {
                    await WelcomeOnceAsync(turnContext, withButtons: true, cancellationToken);
                }

                break;
            case ActivityTypes.Invoke when CardPress.IsExecuteInvoke(activity):
                await dialog.RunAsync(turnContext, state.DialogStack, cancellationToken);
                await turnContext.SendInvokeResponseAsync(await RefreshedCardAsync(turnContext, cancellationToken), cancellationToken);
                break;
            case ActivityTypes.Message when IsAddressedToBot(activity):
                if (resume is not null)
                {
                    await resume.AnswerOfferAsync(turnContext, await state.GetAsync(turnContext, cancellationToken), cancellationToken);
                }

                // A first message with nothing to go on ("hi", "can you help me pick?") gets the welcome with
                // its two ways in, and the user picks one; one with facts or "ask me" is welcomed briefly and read.
                // (Read only while unwelcomed: the description reader is not free, and the interview reads the message anyway.)
                if (!(await state.GetAsync(turnContext, cancellationToken)).Welcomed)
                {
                    var waitForChoice = !SaysWhatToDo(activity);
                    await WelcomeOnceAsync(turnContext, withButtons: waitForChoice, cancellationToken);
                    if (waitForChoice)
                    {
                        break;
                    }
                }

                var result = await dialog.RunAsync(turnContext, state.DialogStack, cancellationToken);
                Log.DialogTurn(logger, activity.ChannelId, activity.Conversation?.Id, result.Status);
                break;
        }

        if (resume is not null)
        {
            await resume.RememberAsync(turnContext, await state.GetAsync(turnContext, cancellationToken), cancellationToken);
        }

        await state.SaveAsync(turnContext, cancellationToken);
    }

    /// <summary>
    /// The invoke response Teams requires for Action.Execute (protocol doc §6.4): HTTP 200 with the card
    /// to show in place of the pressed one. The pressed card stays as it is while its buttons still act;
    /// otherwise it is retired, so its buttons cannot re-enter a finished step.
    /// </summary>
    private async Task<InvokeResponse> RefreshedCardAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var advisor = await state.GetAsync(turnContext, cancellationToken);
        var press = CardPress.Read(turnContext.Activity);
        var card = press is not null && press.CardId == advisor.ActiveCardId
            ? RecommendationCard.Card(FrameworkAdvisor.Default.Recommend(advisor.Answers), advisor.Answers, advisor.ActiveCardId, turnContext.Activity.ChannelId)
            : RecommendationCard.Retired();
        var body = new JsonObject { ["statusCode"] = 200, ["type"] = AttachmentContentTypes.AdaptiveCard, ["value"] = card };
        return new InvokeResponse { Status = 200, Body = JsonSerializer.SerializeToElement(body, DialogsJsonContext.Default.JsonObject) };
    }

    /// <summary>The message states project facts, or asks for something the bot can do at once (like "ask me the questions").</summary>
    private bool SaysWhatToDo(Activity activity)
    {
        var text = PromptInput.GetText(activity);
        var intent = IntentReader.Read(text);
        return intent is Intent.AskQuestions or Intent.StartOver
            || (intent == Intent.None && ProjectDescriptionReader.Read(text, activity.LocalTimestamp ?? time.GetLocalNow()) != ProjectAnswers.None);
    }

    private async Task WelcomeOnceAsync(ITurnContext turnContext, bool withButtons, CancellationToken cancellationToken)
    {
        var advisor = await state.GetAsync(turnContext, cancellationToken);
        if (advisor.Welcomed)
        {
            return;
        }

        advisor.Welcomed = true;
        var how = MessageFactory.Text(AdvisorStrings.WelcomeHow);
        if (withButtons)
        {
            // The example button sends a real description, so the user sees what a one-message answer looks like.
            how = ChoiceRenderer.Render(how, [new Choice(AdvisorStrings.AskMeButton)], ListStyle.Auto, turnContext.Activity.ChannelId, turnContext.Activity.From?.Id);
            AddExampleButton(how);
        }

        await turnContext.SendActivitiesAsync([MessageFactory.Text(AdvisorStrings.Welcome), how], cancellationToken);
    }

    private static void AddExampleButton(Activity activity)
    {
        var example = new CardAction(ActionTypes.ImBack, AdvisorStrings.ExampleButton, AdvisorStrings.ExampleDescription);
        if (activity.SuggestedActions?.Actions is { } actions)
        {
            actions.Add(example);
        }
        else if (activity.Attachments is [{ ContentType: AttachmentContentTypes.HeroCard } hero])
        {
            var card = hero.Content!.Value.Deserialize(BotJsonContext.Default.HeroCard)!;
            card.Buttons = [.. card.Buttons ?? [], example];
            activity.Attachments = [card.ToAttachment()];
        }
    }

    /// <summary>
    /// Teams delivers group-chat and channel messages that @mention the bot (protocol doc §6.3); anything
    /// else there is not for us. Card submits carry no mention and are always ours. Elsewhere every message is.
    /// </summary>
    private static bool IsAddressedToBot(Activity activity)
    {
        if (activity.ChannelId != Channels.MsTeams || activity.Conversation?.IsGroup != true || activity.Value is not null)
        {
            return true;
        }

        return !string.Equals(activity.TextWithoutBotMention(), activity.Text?.Trim(), StringComparison.Ordinal);
    }
}
