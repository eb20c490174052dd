using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Advisor.Dialogs.Cards;
using Advisor.Dialogs.State;
using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;
using Bot.Core.Schema;
using Bot.Core.Turns;
using Bot.Dialogs;
using Bot.Dialogs.Prompts;

namespace Advisor.Dialogs.Results;

/// <summary>
/// Shows the recommendation card, then stays to answer follow-ups: why, why not the runner-up,
/// side by side, and "what if" (a changed answer re-scores at once, no interview replay).
/// </summary>
internal sealed class ResultDialog(AdvisorStateStore state, TimeProvider time) : Dialog(DialogId)
{
    public const string DialogId = "result";

    /// <summary>Options that begin the dialog without showing the card again: a press on the current card is answered instead.</summary>
    public static JsonNode Quietly => new JsonObject { ["quiet"] = true };

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options?["quiet"]?.GetValue<bool>() != true)
        {
            await ShowRecommendationAsync(dc.Context, cancellationToken);
        }

        return EndOfTurn;
    }

    /// <summary>Shows the current card again, under its own id, so its buttons keep working.</summary>
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var advisor = await state.GetAsync(turnContext, cancellationToken);
        var recommendation = FrameworkAdvisor.Default.Recommend(advisor.Answers);
        await turnContext.SendActivityAsync(RecommendationCard.Build(recommendation, advisor.Answers, advisor.ActiveCardId, turnContext.Activity.ChannelId), cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var turn = dc.Context;
        if (turn.Activity.Type != ActivityTypes.Message && !CardPress.IsExecuteInvoke(turn.Activity))
        {
            return EndOfTurn;
        }

        var advisor = await state.GetAsync(turn, cancellationToken);
        var recommendation = FrameworkAdvisor.Default.Recommend(advisor.Answers);
        var text = PromptInput.GetText(turn.Activity);
        var intent = IntentReader.Read(text);
        if (TextTokens.Words(text).Contains("fastapi"))
        {
            await turn.SendActivityAsync(AdvisorStrings.OnlyDjangoAndFlask, cancellationToken);
            return EndOfTurn;
        }

        switch (CardPress.Read(turn.Activity)?.FollowUp ?? FollowUpOf(intent))
        {
            case FollowUp.Why:
                await turn.SendActivityAsync(Why(recommendation), cancellationToken);
                break;
            case FollowUp.WhyNot when IntentReader.NamedFramework(text) == recommendation.Winner:
                await turn.SendActivityAsync($"I do recommend {recommendation.Winner}! {Why(recommendation)}", cancellationToken);
                break;
            case FollowUp.WhyNot:
                await turn.SendActivityAsync(WhyNot(recommendation), cancellationToken);
                break;
            case FollowUp.Compare:
                Choice[] next = [new(AdvisorStrings.WhyButton), new(AdvisorStrings.WhyNotButton(recommendation.RunnerUp)), new(AdvisorStrings.ChangeButton), new(AdvisorStrings.StartOverButton)];
                await turn.SendActivityAsync(WithButtons(ComparisonCard.Build(recommendation, advisor.Answers, turn.Activity.ChannelId), next, turn), cancellationToken);
                break;
            default:
                await WhatIfAsync(turn, advisor, text, intent, cancellationToken);
                break;
        }

        return EndOfTurn;
    }

    private async Task WhatIfAsync(ITurnContext turn, AdvisorState advisor, string text, Intent intent, CancellationToken cancellationToken)
    {
        var reference = turn.Activity.LocalTimestamp ?? time.GetLocalNow();
        var found = intent == Intent.None ? ProjectDescriptionReader.Read(text, reference) : ProjectAnswers.None;
        var mentioned = KnowledgeBase.Questions.Where(q => found.Get(q.Id) is not null).Select(q => q.Id).ToList();
        var changed = advisor.Merge(found);
        if (changed.Count > 0)
        {
            await turn.SendActivityAsync(AdvisorStrings.Changed(Labels(advisor, changed)), cancellationToken);
            await ShowRecommendationAsync(turn, cancellationToken);
            return;
        }

        // "actually it's 6 months" when that is what the verdict already rests on.
        var reply = mentioned.Count > 0 ? AdvisorStrings.AlreadyAnswered(Labels(advisor, mentioned))
            : intent == Intent.Thanks ? AdvisorStrings.YoureWelcome
            : AdvisorStrings.ResultFallback;
        var recommendation = FrameworkAdvisor.Default.Recommend(advisor.Answers);
        Choice[] suggestions = [new(AdvisorStrings.WhyButton), new(AdvisorStrings.WhyNotButton(recommendation.RunnerUp)), new(AdvisorStrings.CompareButton), new(AdvisorStrings.StartOverButton)];
        await turn.SendActivityAsync(WithButtons(MessageFactory.Text(reply), suggestions, turn), cancellationToken);
    }

    /// <summary>The next steps as buttons the channel shows (suggested actions, or card buttons in Teams).</summary>
    private static Activity WithButtons(Activity reply, Choice[] choices, ITurnContext turn) =>
        ChoiceRenderer.Render(reply, choices, ListStyle.Auto, turn.Activity.ChannelId, turn.Activity.From?.Id);

    private static IEnumerable<string> Labels(AdvisorState advisor, IEnumerable<Question> questions) =>
        questions.Select(q => KnowledgeBase.Question(q).Selected(advisor.Answers)!.Label);

    private async Task ShowRecommendationAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var advisor = await state.GetAsync(turn, cancellationToken);
        var recommendation = FrameworkAdvisor.Default.Recommend(advisor.Answers);
        VerdictMetrics.Shown(recommendation);
        await turn.SendActivityAsync(RecommendationCard.Build(recommendation, advisor.Answers, advisor.IssueCard(), turn.Activity.ChannelId), cancellationToken);
    }

    private static FollowUp? FollowUpOf(Intent intent) => intent switch
    {
        Intent.Why => FollowUp.Why,
        Intent.WhyNot => FollowUp.WhyNot,
        Intent.Compare => FollowUp.Compare,
        _ => null,
    };

    private static string Why(Recommendation r)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Here's why {r.Winner} fits:\n");
        foreach (var reason in r.Reasons)
        {
            text.Append("• ").Append(reason.Text).Append('\n');
        }

        return text.Append(r.FlipText).ToString();
    }

    private static string WhyNot(Recommendation r)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"{r.Winner} comes out {r.Margin} {(r.Margin == 1 ? "point" : "points")} ahead of {r.RunnerUp} on your answers.");
        if (r.RunnerUpCosts.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" What counts against {r.RunnerUp} for you:\n");
            foreach (var cost in r.RunnerUpCosts.Take(3))
            {
                text.Append("• ").Append(cost.Text).Append('\n');
            }

            text.Append(CultureInfo.InvariantCulture, $"And what tips it to {r.Winner}:\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $" What tips it to {r.Winner}:\n");
        }

        foreach (var reason in r.Reasons.Take(r.RunnerUpCosts.Count > 0 ? 2 : 3))
        {
            text.Append("• ").Append(reason.Text).Append('\n');
        }

        return text.Append(r.FlipText).ToString();
    }
}
