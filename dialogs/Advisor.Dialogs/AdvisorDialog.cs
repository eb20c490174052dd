using Advisor.Dialogs.Cards;
using Advisor.Dialogs.Interview;
using Advisor.Dialogs.Results;
using Advisor.Dialogs.State;
using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;
using Bot.Core.Schema;
using Bot.Core.Turns;
using Bot.Dialogs;
using Bot.Dialogs.Prompts;

namespace Advisor.Dialogs;

/// <summary>
/// The advisor's root dialog: the interview, the recommendation and its follow-ups, plus every
/// interruption, handled once here before the active question sees the turn: help, cancel, start
/// over, back, change an answer (asked for, or said in passing: "actually the timeline is 6 months"),
/// and presses of buttons on an older recommendation card.
/// </summary>
public sealed class AdvisorDialog : ComponentDialog
{
    public const string DialogId = "advisor";
    private readonly AdvisorStateStore _state;
    private readonly TimeProvider _time;

    public AdvisorDialog(AdvisorStateStore state, TimeProvider time)
        : base(DialogId)
    {
        _state = state;
        _time = time;
        AddDialog(new InterviewDialog(state, time));
        AddDialog(new ResultDialog(state, time));
        AddDialog(new ChangeAnswerDialog(state));
        AddDialog(new ChoicePrompt(ChangeAnswerDialog.PromptId));
        foreach (var question in KnowledgeBase.Questions)
        {
            AddDialog(new AnswerPrompt(question.Id, time));
        }
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var turn = innerDc.Context;
        if (turn.Activity.Type != ActivityTypes.Message && !CardPress.IsExecuteInvoke(turn.Activity))
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        var state = await _state.GetAsync(turn, cancellationToken);
        if (CardPress.Read(turn.Activity) is { } press)
        {
            return await OnCardPressAsync(innerDc, state, press, cancellationToken);
        }

        var text = PromptInput.GetText(turn.Activity);
        var asking = AnswerPrompt.QuestionOf(innerDc.ActiveDialog?.Id);
        return IntentReader.Read(text) switch
        {
            Intent.Help => await HelpAsync(innerDc, asking, cancellationToken),
            Intent.Why when asking is not null => await HelpAsync(innerDc, asking, cancellationToken),
            Intent.WhyNot or Intent.Compare when asking is not null => await TooEarlyAsync(innerDc, cancellationToken),
            Intent.Cancel or Intent.Back when IsChanging(innerDc, state) => await KeepAnswerAsync(innerDc, state, cancellationToken),
            Intent.None when state.Pending is not null && AnswerReader.SaysKeep(text) => await KeepAnswerAsync(innerDc, state, cancellationToken),
            Intent.Cancel when innerDc.ActiveDialog?.Id == ResultDialog.DialogId => await KeepResultAsync(innerDc, cancellationToken),
            Intent.Cancel => await CancelAsync(innerDc, state, cancellationToken),
            Intent.StartOver => await StartOverAsync(innerDc, state, cancellationToken),
            Intent.Back => await BackAsync(innerDc, state, cancellationToken),
            Intent.ChangeAnswer => await ChangeAnswerAsync(innerDc, state, cancellationToken),
            Intent.None when asking is not null && await CorrectionAsync(turn, state, asking.Value, text, cancellationToken) =>
                await RestartInterviewAsync(innerDc, cancellationToken),
            Intent.None when asking is { } required && KnowledgeBase.Question(required).IsRequired && AnswerReader.SaysUnsure(text)
                && AnswerReader.Read(required, text, turn.Activity.LocalTimestamp ?? _time.GetLocalNow()) is null =>
                await BestGuessAsync(innerDc, required, cancellationToken),
            _ => await base.OnContinueDialogAsync(innerDc, cancellationToken),
        };
    }

    private async Task<DialogTurnResult> OnCardPressAsync(DialogContext innerDc, AdvisorState state, CardPress press, CancellationToken cancellationToken)
    {
        // A press on the card whose answer is being changed calls the change off: that card is current again.
        if (state.Pending is { CardId: not 0 } pending && press.CardId == pending.CardId)
        {
            state.KeepSetAside();
        }

        if (press.CardId == 0 || press.CardId != state.ActiveCardId)
        {
            await innerDc.Context.SendActivityAsync(AdvisorStrings.StaleButton, cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        switch (press.FollowUp)
        {
            case FollowUp.StartOver:
                return await StartOverAsync(innerDc, state, cancellationToken);
            case FollowUp.Change:
                return await ChangeAnswerAsync(innerDc, state, cancellationToken);
            case FollowUp.Why or FollowUp.WhyNot or FollowUp.Compare when innerDc.ActiveDialog?.Id != ResultDialog.DialogId:
                // Pressed while something else was asked (e.g. "which answer?"): back to the result, and answer the press.
                await RestartWithAsync(innerDc, ResultDialog.DialogId, ResultDialog.Quietly, cancellationToken);
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    private static bool IsChanging(DialogContext innerDc, AdvisorState state) =>
        state.Pending is not null || innerDc.ActiveDialog?.Id == ChangeAnswerDialog.PromptId;

    /// <summary>"Never mind" (or "back", "keep it as it was") while changing an answer: keep the old one and carry on.</summary>
    private static async Task<DialogTurnResult> KeepAnswerAsync(DialogContext innerDc, AdvisorState state, CancellationToken cancellationToken)
    {
        var kept = state.KeepSetAside();
        await innerDc.Context.SendActivityAsync(kept is null ? AdvisorStrings.NothingChanged : AdvisorStrings.KeptAnswer(kept.Label), cancellationToken);
        return await RestartInterviewAsync(innerDc, cancellationToken);
    }

    private static async Task<DialogTurnResult> HelpAsync(DialogContext innerDc, Question? asking, CancellationToken cancellationToken)
    {
        var help = asking is { } question
            ? AdvisorStrings.QuestionHelp(question)
            : innerDc.ActiveDialog?.Id == ResultDialog.DialogId ? AdvisorStrings.ResultHelp : AdvisorStrings.GeneralHelp;
        await innerDc.Context.SendActivityAsync(help, cancellationToken);
        if (asking is not null || innerDc.ActiveDialog?.Id == ChangeAnswerDialog.PromptId)
        {
            await innerDc.RepromptDialogAsync(cancellationToken);
        }

        return EndOfTurn;
    }

    /// <summary>"Not sure" to a question the verdict needs: ask for a best guess instead of "didn't catch that".</summary>
    private static async Task<DialogTurnResult> BestGuessAsync(DialogContext innerDc, Question question, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendActivityAsync(AdvisorStrings.BestGuess(question), cancellationToken);
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    /// <summary>"Why not Flask?" or "compare them" before there is a verdict: say when, then ask again.</summary>
    private static async Task<DialogTurnResult> TooEarlyAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendActivityAsync(AdvisorStrings.FollowUpTooEarly, cancellationToken);
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    /// <summary>"Never mind" after the verdict has nothing to stop: keep the answers rather than wipe them.</summary>
    private static async Task<DialogTurnResult> KeepResultAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendActivityAsync(AdvisorStrings.NothingToCancel, cancellationToken);
        return EndOfTurn;
    }

    private static async Task<DialogTurnResult> CancelAsync(DialogContext innerDc, AdvisorState state, CancellationToken cancellationToken)
    {
        state.ForgetAll();
        await innerDc.Context.SendActivityAsync(AdvisorStrings.Cancelled, cancellationToken);
        return await innerDc.CancelAllDialogsAsync(cancellationToken);
    }

    private static async Task<DialogTurnResult> StartOverAsync(DialogContext innerDc, AdvisorState state, CancellationToken cancellationToken)
    {
        state.ForgetAll();
        await innerDc.Context.SendActivityAsync(AdvisorStrings.StartingOver, cancellationToken);
        return await RestartInterviewAsync(innerDc, cancellationToken);
    }

    private static Task<DialogTurnResult> ChangeAnswerAsync(DialogContext innerDc, AdvisorState state, CancellationToken cancellationToken)
    {
        state.KeepSetAside(); // "change an answer" again while one is set aside: start from the answers as they were
        return RestartWithAsync(innerDc, ChangeAnswerDialog.DialogId, null, cancellationToken);
    }

    private static async Task<DialogTurnResult> BackAsync(DialogContext innerDc, AdvisorState state, CancellationToken cancellationToken)
    {
        if (state.AnsweredOrder.Count == 0)
        {
            await innerDc.Context.SendActivityAsync(AdvisorStrings.BackAtFirst, cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        var previous = state.AnsweredOrder[^1];
        var label = KnowledgeBase.Question(previous).Selected(state.Answers)!.Label;
        state.Forget(previous);
        await innerDc.Context.SendActivityAsync(AdvisorStrings.GoingBack(label), cancellationToken);
        return await RestartWithAsync(innerDc, InterviewDialog.DialogId, InterviewDialog.Options(InterviewOptions.Redo(previous)), cancellationToken);
    }

    /// <summary>
    /// An answer to another question said while one is being asked ("actually it's 6 months"), or a
    /// message with several facts at once: record them all and say what changed. A plain answer to the
    /// question being asked is left to its prompt.
    /// </summary>
    private async Task<bool> CorrectionAsync(ITurnContext turn, AdvisorState state, Question asking, string text, CancellationToken cancellationToken)
    {
        var found = ProjectDescriptionReader.Read(text, turn.Activity.LocalTimestamp ?? _time.GetLocalNow());
        var mentioned = KnowledgeBase.Questions.Where(q => found.Get(q.Id) is not null).Select(q => q.Id).ToList();
        if (mentioned.Count == 0 || (mentioned.Count == 1 && mentioned[0] == asking))
        {
            return false;
        }

        var changed = state.Merge(found);
        var labels = (changed.Count > 0 ? changed : mentioned).Select(q => KnowledgeBase.Question(q).Selected(state.Answers)!.Label);
        await turn.SendActivityAsync(AdvisorStrings.Changed(labels), cancellationToken);
        return true;
    }

    private static Task<DialogTurnResult> RestartInterviewAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        RestartWithAsync(innerDc, InterviewDialog.DialogId, InterviewDialog.Options(InterviewOptions.Resume), cancellationToken);

    private static async Task<DialogTurnResult> RestartWithAsync(DialogContext innerDc, string dialogId, System.Text.Json.Nodes.JsonNode? options, CancellationToken cancellationToken)
    {
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return await innerDc.BeginDialogAsync(dialogId, options, cancellationToken);
    }
}
