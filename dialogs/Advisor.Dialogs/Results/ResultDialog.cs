using System.Globalization;
using System.Text.Json.Nodes;
using Advisor.Dialogs.Cards;
using Advisor.Dialogs.State;
using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;
using Bot.Core.Schema;
using Bot.Core.Turns;
using Bot.Dialogs;
using Bot.Dialogs.Formatting;
using Bot.Dialogs.Prompts;

namespace Advisor.Dialogs.Results;

/// <summary>
/// Shows the recommendation card, then stays to answer follow-ups: why, why not the runner-up,
/// side by side, "what if" (a changed answer re-scores at once, no interview replay), and a decision
/// record to share.
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
        await turnContext.SendActivityAsync(RecommendationCard.Build(recommendation, advisor.Answers, advisor.ActiveCardId, turnContext.Activity.ChannelId, advisor.Words), cancellationToken);
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
        var reading = TurnReading.Of(turn, time);
        var text = reading.Text;
        var intent = reading.Intent;
        if (advisor.Preview is { } preview && await AfterPreviewAsync(turn, advisor, preview, reading, cancellationToken))
        {
            return EndOfTurn;
        }

        if (reading.OtherTechnology is { } other && !reading.StatesFacts)
        {
            await turn.SendActivityAsync(AdvisorStrings.OutOfScope(other), cancellationToken);
            return EndOfTurn;
        }

        // A card press (a text-less submit or a Teams Action.Execute) says what it asks for; typed words say it otherwise.
        var press = CardPress.Read(turn.Activity);
        if (press is null && reading.Familiarity is { } known && advisor.Familiarity != known && !reading.AsksWhatIf)
        {
            // "but we already know flask, we've built 3 flask apps. why not flask?": what the team knows counts
            // first (it can decide a close call), and the card says how it counted.
            await ChangedAnswersAsync(turn, advisor, reading, cancellationToken);
            return EndOfTurn;
        }

        if (press is null && PreferenceReader.Read(reading) is { } preferred)
        {
            await turn.SendActivityAsync(preferred == recommendation.Winner ? $"Yes: {recommendation.Winner} is my pick too. {Why(recommendation, advisor.Words)}" : GoingWith(recommendation), cancellationToken);
            return EndOfTurn;
        }

        var followUp = press?.FollowUp ?? (DecisionRecord.IsAskedFor(reading) ? FollowUp.Record : null);
        if (followUp is null && reading.AsksWhatIf)
        {
            await PreviewAsync(turn, advisor, reading.Facts, cancellationToken);
            return EndOfTurn;
        }

        switch (followUp ?? FollowUpOf(intent))
        {
            case FollowUp.Why:
                await turn.SendActivityAsync(Why(recommendation, advisor.Words), cancellationToken);
                break;
            case FollowUp.WhyNot when IntentReader.NamedFramework(text) == recommendation.Winner:
                await turn.SendActivityAsync($"I do recommend {recommendation.Winner}! {Why(recommendation, advisor.Words)}", cancellationToken);
                break;
            case FollowUp.WhyNot:
                await turn.SendActivityAsync(WhyNot(recommendation), cancellationToken);
                break;
            case FollowUp.Compare:
                Choice[] next = [new(AdvisorStrings.WhyButton), new(AdvisorStrings.WhyNotButton(recommendation.RunnerUp)), new(AdvisorStrings.ChangeButton), new(AdvisorStrings.StartOverButton)];
                await turn.SendActivityAsync(WithButtons(ComparisonCard.Build(recommendation, advisor.Answers, turn.Activity.ChannelId), next, turn), cancellationToken);
                break;
            case FollowUp.Record:
                await turn.SendActivityAsync(DecisionRecord.Build(recommendation, advisor, time.GetUtcNow(), turn.Activity.ChannelId), cancellationToken);
                break;
            default:
                await ChangedAnswersAsync(turn, advisor, reading, cancellationToken);
                break;
        }

        return EndOfTurn;
    }

    /// <summary>An answer said after the verdict ("actually it's 6 months") changes it, with an echo and a fresh card.</summary>
    private async Task ChangedAnswersAsync(ITurnContext turn, AdvisorState advisor, MessageReading reading, CancellationToken cancellationToken)
    {
        var merged = advisor.Merge(reading.Intent == Intent.None ? reading.Facts : []);
        if (merged.Asked.Count > 0 && !merged.ChangedAnything && reading.Familiarity is null)
        {
            // "is Flask ok for a small team?" after the verdict: a what-if, not a change.
            await PreviewAsync(turn, advisor, [.. merged.Asked.Select(a => a.Fact)], cancellationToken);
            return;
        }

        var familiar = AdvisorDialog.NoteFamiliarity(advisor, reading);
        var echo = AdvisorStrings.Echo(merged, reading.FamiliarityWords, familiar);

        // A newly stated familiarity can decide a close call, and the card says how it counted either way.
        if (merged.ChangedAnything || familiar is not null)
        {
            await turn.SendActivityAsync(echo!, cancellationToken);
            await ShowRecommendationAsync(turn, cancellationToken);
            return;
        }

        // "actually it's 6 months" when that is what the verdict already rests on.
        var reply = echo is not null ? $"{echo} The recommendation stands. Want the reasons, or a side-by-side comparison?"
            : reading.Intent == Intent.Thanks ? AdvisorStrings.YoureWelcome
            : AdvisorStrings.ResultFallback;
        var recommendation = FrameworkAdvisor.Default.Recommend(advisor.Answers);
        Choice[] suggestions = [new(AdvisorStrings.WhyButton), new(AdvisorStrings.WhyNotButton(recommendation.RunnerUp)), new(AdvisorStrings.CompareButton), new(AdvisorStrings.StartOverButton)];
        await turn.SendActivityAsync(WithButtons(MessageFactory.Text(reply), suggestions, turn), cancellationToken);
    }

    /// <summary>"what if it handled payments?": the verdict on the imagined answers, without touching the real ones, and an offer to switch.</summary>
    private static async Task PreviewAsync(ITurnContext turn, AdvisorState advisor, IReadOnlyList<ReadFact> facts, CancellationToken cancellationToken)
    {
        var imagined = facts.Where(f => !f.Answer.Equals(advisor.Answers.Get(f.Question))).ToList();
        if (imagined.Count == 0)
        {
            // "what if the team was 1 dev?" for a small team: say it changes nothing rather than ask which answer.
            var same = facts.Select(f => (f.Words, KnowledgeBase.Option(f.Answer).Label)).ToList();
            var verdict = FrameworkAdvisor.Default.Winner(advisor.Answers);
            await turn.SendActivityAsync(same.Count > 0 ? AdvisorStrings.WhatIfSame(same, verdict) : AdvisorStrings.WhatIfNothing, cancellationToken);
            return;
        }

        var answers = imagined.Aggregate(advisor.Answers, (a, f) => a.With(f.Answer));
        var preview = FrameworkAdvisor.Default.Recommend(answers);
        var current = FrameworkAdvisor.Default.Recommend(advisor.Answers);
        advisor.Preview = [.. imagined.Select(f => AnswerResult.Of(KnowledgeBase.Option(f.Answer), words: f.Words))];
        var labels = imagined.Select(f => KnowledgeBase.Option(f.Answer).Label);
        Choice[] choices = [new(AdvisorStrings.WhatIfKeep), new(AdvisorStrings.WhatIfDiscard)];
        await turn.SendActivityAsync(WithButtons(MessageFactory.Text(AdvisorStrings.WhatIfPreview(labels, preview, current.Winner)), choices, turn), cancellationToken);
    }

    /// <summary>The turn after a preview: switch to the imagined answers, keep the real ones, or (anything else) move on. True when handled.</summary>
    private async Task<bool> AfterPreviewAsync(ITurnContext turn, AdvisorState advisor, List<AnswerResult> preview, MessageReading reading, CancellationToken cancellationToken)
    {
        advisor.Preview = null;
        var typed = TextTokens.Normalize(reading.Text);
        if (typed == TextTokens.Normalize(AdvisorStrings.WhatIfKeep) || typed is "yes" or "switch" or "yes please" or "do it" or "ok switch")
        {
            var facts = preview.Where(p => p.ToOption() is not null).Select(p => new ReadFact(p.ToOption()!.Answer, p.Words ?? ""));
            var merged = advisor.Merge(facts);
            await turn.SendActivityAsync(AdvisorStrings.Changed(merged.Changed.Select(c => c.After.Label).Concat(merged.Added.Select(a => a.Option.Label))), cancellationToken);
            await ShowRecommendationAsync(turn, cancellationToken);
            return true;
        }

        if (typed == TextTokens.Normalize(AdvisorStrings.WhatIfDiscard) || typed is "no" or "keep" or "no thanks" or "keep mine")
        {
            await turn.SendActivityAsync(AdvisorStrings.NothingChanged, cancellationToken);
            return true;
        }

        return false;
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
        var card = RecommendationCard.Build(recommendation, advisor.Answers, advisor.IssueCard(), turn.Activity.ChannelId, advisor.Words);
        await turn.SendActivitiesAsync(Interview.PendingEcho.Before(turn, card), cancellationToken);
    }

    private static FollowUp? FollowUpOf(Intent intent) => intent switch
    {
        Intent.Why => FollowUp.Why,
        Intent.WhyNot => FollowUp.WhyNot,
        Intent.Compare => FollowUp.Compare,
        _ => null,
    };

    // When familiarity decided a close call, that is the first thing to own up to.
    private static string Why(Recommendation r, IReadOnlyDictionary<Question, string> words) =>
        Markdown.Blocks(
            $"Here's why {r.Winner} fits:",
            r.FamiliarityNote,
            Markdown.BulletList(r.Reasons.Select(reason => RecommendationCard.ReasonLine(reason, words))),
            r.FlipText);

    /// <summary>How far ahead the winner is, in words: issue 11 keeps raw scores out of what users read.</summary>
    private static string Lead(Recommendation r) => r.Confidence switch
    {
        Confidence.Strong => $"On your answers, {r.Winner} comes out clearly ahead of {r.RunnerUp}.",
        Confidence.Moderate => $"On your answers, {r.Winner} comes out ahead of {r.RunnerUp}.",
        _ => $"It's a close call between {r.Winner} and {r.RunnerUp} on your answers.{(r.FamiliarityNote is { } known ? " " + known : "")}",
    };

    /// <summary>Going with the runner-up: fine, and what it costs on these answers, with the change that would make it the pick.</summary>
    private static string GoingWith(Recommendation r)
    {
        var costs = r.RunnerUpCosts.Take(3).Select(c => c.Text).ToList();
        return costs.Count > 0
            ? Markdown.Blocks(
                $"It's your call, and {r.RunnerUp} can do the job. On your answers, go in knowing what it costs:",
                Markdown.BulletList(costs),
                r.FlipText,
                AdvisorStrings.TellMeWhatIsWrong)
            : Markdown.Blocks($"It's your call, and on your answers {r.RunnerUp} is a sound choice too: the article's case for {r.Winner} is not a strong one here.", r.FlipText);
    }

    private static string WhyNot(Recommendation r)
    {
        var ahead = Lead(r);
        var reasons = Markdown.BulletList(r.Reasons.Take(r.RunnerUpCosts.Count > 0 ? 2 : 3).Select(reason => reason.Text));
        return r.RunnerUpCosts.Count > 0
            ? Markdown.Blocks($"{ahead} What counts against {r.RunnerUp} for you:", Markdown.BulletList(r.RunnerUpCosts.Take(3).Select(c => c.Text)), $"And what tips it to {r.Winner}:", reasons, r.FlipText)
            : Markdown.Blocks($"{ahead} What tips it to {r.Winner}:", reasons, r.FlipText);
    }
}
