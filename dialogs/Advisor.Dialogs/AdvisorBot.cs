using System.Text.Json;
using System.Text.Json.Nodes;
using Advisor.Dialogs.Cards;
using Advisor.Dialogs.Resume;
using Advisor.Knowledge;
using Advisor.Dialogs.State;
using Advisor.Dialogs.Understanding;
using Bot.Core.Schema;
using Bot.Core.State;
using Bot.Core.Turns;
using Bot.Dialogs;
using Bot.Dialogs.Prompts;
using Microsoft.Extensions.Logging;

namespace Advisor.Dialogs;

/// <summary>
/// The advisor as a bot: greets each conversation once (when someone joins, when Teams installs it,
/// or before the first answer if neither happened), runs the advisor dialog on messages, and saves
/// state at the end of every turn: the conversation's and the user's, read together at the start of the turn
/// and written together at its end (one storage round trip each way). In Teams group chats and channels it answers only when @mentioned.
/// With a <see cref="ResumeOffer"/>, a returning user's new conversation opens with the offer to continue (issue 14).
/// </summary>
public sealed class AdvisorBot(AdvisorStateStore state, AdvisorDialog dialog, TimeProvider time, ILogger<AdvisorBot> logger, ResumeOffer? resume = null) : IBot
{
    private readonly BotStateSet _states = new(resume is null ? [state.Conversation] : [state.Conversation, resume.User]);

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        await _states.LoadAllAsync(turnContext, force: false, cancellationToken);
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate when activity.MembersAddedOtherThanBot().Any() && !IsTeamsChannel(activity):
                if (resume is null || !await resume.TryOfferAsync(turnContext, await state.GetAsync(turnContext, cancellationToken), cancellationToken))
                {
                    await WelcomeOnceAsync(turnContext, withButtons: true, cancellationToken);
                }

                break;
            case ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade":
                await GreetInstallAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.InstallationUpdate when activity.Action is "remove":
                await ForgetPersonalChatAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.Invoke when CardPress.IsExecuteInvoke(activity) && CardPress.ExecuteProblem(activity) is { } problem:
                await turnContext.SendInvokeResponseAsync(InvokeError(problem), cancellationToken);
                break;
            case ActivityTypes.Invoke when CardPress.IsExecuteInvoke(activity):
                await dialog.RunAsync(turnContext, state.DialogStack, cancellationToken);
                await turnContext.SendInvokeResponseAsync(await RefreshedCardAsync(turnContext, cancellationToken), cancellationToken);
                break;
            case ActivityTypes.Message when IsAddressedToBot(activity):
                if (resume is not null && await resume.AnswerOfferAsync(turnContext, await state.GetAsync(turnContext, cancellationToken), TurnReading.Of(turnContext, time), cancellationToken))
                {
                    break;
                }

                // A first message with nothing to go on ("hi", "can you help me pick?") gets the welcome with
                // its two ways in, and the user picks one; one with facts or "ask me" is welcomed briefly and read.
                if (!(await state.GetAsync(turnContext, cancellationToken)).Welcomed)
                {
                    var waitForChoice = !SaysWhatToDo(turnContext);
                    await GreetFirstMessageAsync(turnContext, withButtons: waitForChoice, cancellationToken);
                    if (waitForChoice)
                    {
                        break;
                    }
                }

                if (string.Equals(PromptInput.GetText(activity).Trim(), AdvisorStrings.ExampleButton, StringComparison.OrdinalIgnoreCase))
                {
                    // The button sends the example itself; typed, its title would leave the user guessing what was read.
                    await turnContext.SendActivityAsync(AdvisorStrings.ExampleShown, cancellationToken);
                }

                if (TurnReading.Of(turnContext, time).Truncated)
                {
                    await turnContext.SendActivityAsync(AdvisorStrings.TooLong, cancellationToken);
                }

                var result = await dialog.RunAsync(turnContext, state.DialogStack, cancellationToken);
                Log.DialogTurn(logger, activity.ChannelId, activity.Conversation?.Id, result.Status);
                break;
        }

        if (resume is not null)
        {
            await resume.RememberAsync(turnContext, await state.GetAsync(turnContext, cancellationToken), cancellationToken);
        }

        await _states.SaveAllChangesAsync(turnContext, force: false, cancellationToken);
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

    /// <summary>Issue 12: a malformed Action.Execute gets 400 with the protocol's error body (protocol doc §6.4).</summary>
    private static InvokeResponse InvokeError(string message)
    {
        var body = new JsonObject
        {
            ["statusCode"] = 400,
            ["type"] = "application/vnd.microsoft.error",
            ["value"] = new JsonObject { ["code"] = "BadRequest", ["message"] = message },
        };
        return new InvokeResponse { Status = 400, Body = JsonSerializer.SerializeToElement(body, DialogsJsonContext.Default.JsonObject) };
    }

    /// <summary>The message states project facts, or asks for something the bot can do at once (like "ask me the questions").</summary>
    private bool SaysWhatToDo(ITurnContext turnContext)
    {
        var reading = TurnReading.Of(turnContext, time);
        return reading.Intent is Intent.AskQuestions or Intent.StartOver || reading.StatesFacts || reading.Familiarity is not null
            || Questions.SourceQuestions.Answer(reading) is not null;
    }

    /// <summary>
    /// Issue 12: a team is greeted once, in the channel chosen at install, with how to reach the bot there;
    /// everywhere else the install gets the usual welcome (once per conversation).
    /// </summary>
    private async Task GreetInstallAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!IsTeamsChannel(turnContext.Activity))
        {
            await WelcomeOnceAsync(turnContext, withButtons: true, cancellationToken);
            return;
        }

        var advisor = await state.GetAsync(turnContext, cancellationToken);
        if (!advisor.Welcomed)
        {
            advisor.Welcomed = true;
            await turnContext.SendActivitiesAsync([MessageFactory.Text(AdvisorStrings.Welcome), MessageFactory.Text(AdvisorStrings.TeamWelcomeHow)], cancellationToken);
        }
    }

    /// <summary>
    /// The first message of a conversation gets the welcome, except in a Teams channel: each new post there is a
    /// conversation of its own (protocol doc §6.1) in a team greeted at install, so it gets one line, or none
    /// when the message already says what to do.
    /// </summary>
    private async Task GreetFirstMessageAsync(ITurnContext turnContext, bool withButtons, CancellationToken cancellationToken)
    {
        if (!IsTeamsChannel(turnContext.Activity))
        {
            await WelcomeOnceAsync(turnContext, withButtons, cancellationToken);
            return;
        }

        (await state.GetAsync(turnContext, cancellationToken)).Welcomed = true;
        if (withButtons)
        {
            await turnContext.SendActivityAsync(AdvisorStrings.ThreadHello, cancellationToken);
        }
    }

    /// <summary>
    /// Teams sends installationUpdate "remove" when a user uninstalls the app from a personal chat. A later
    /// reinstall reuses that chat, so the old interview is forgotten now and the reinstall is greeted afresh.
    /// </summary>
    private async Task ForgetPersonalChatAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Conversation?.IsGroup == true)
        {
            return;
        }

        var advisor = await state.GetAsync(turnContext, cancellationToken);
        advisor.ForgetAll();
        advisor.Welcomed = false;
        await state.DialogStack.DeleteAsync(turnContext, cancellationToken);
    }

    /// <summary>A conversation in a Teams team's channel (a channel's root or one post's thread), as opposed to a chat.</summary>
    private static bool IsTeamsChannel(Activity activity) =>
        activity.ChannelId == Channels.MsTeams && activity.Conversation?.ConversationType == ConversationTypes.Channel;

    private async Task WelcomeOnceAsync(ITurnContext turnContext, bool withButtons, CancellationToken cancellationToken)
    {
        var advisor = await state.GetAsync(turnContext, cancellationToken);
        if (advisor.Welcomed)
        {
            return;
        }

        advisor.Welcomed = true;
        var how = withButtons ? WelcomeButtons.With(AdvisorStrings.WelcomeHow, turnContext) : MessageFactory.Text(AdvisorStrings.WelcomeHow);
        await turnContext.SendActivitiesAsync([MessageFactory.Text(AdvisorStrings.Welcome), how], cancellationToken);
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
