using Advisor.Dialogs.Cards;
using Advisor.Dialogs.Interruptions;
using Advisor.Dialogs.Interview;
using Advisor.Dialogs.Questions;
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
    private readonly IReadOnlyList<Interruption> _interruptions;

    public AdvisorDialog(AdvisorStateStore state, TimeProvider time)
        : base(DialogId)
    {
        _state = state;
        _time = time;
        _interruptions = Interruptions();
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

        var reading = TurnReading.Of(turn, _time);
        if (reading.DeniedFamiliarity is { } unknown)
        {
            state.ForgetFamiliarity(unknown);
        }

        var view = new TurnView(
            innerDc, state, reading, AnswerPrompt.QuestionOf(innerDc.ActiveDialog?.Id),
            innerDc.ActiveDialog?.Id == ResultDialog.DialogId, IsChanging(innerDc, state));
        foreach (var interruption in _interruptions)
        {
            if (interruption.Applies(view))
            {
                return await interruption.HandleAsync(view, cancellationToken);
            }
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    /// <summary>
    /// Everything a user may say instead of answering, in the order they are tried: the first whose guard
    /// holds handles the turn; anything else goes to the active question or the recommendation.
    /// </summary>
    private static IReadOnlyList<Interruption> Interruptions() =>
    [
        new("help", v => v.Reading.Intent == Intent.Help || (v.Reading.Intent == Intent.Why && v.Interviewing && !v.Reading.StatesFacts),
            (v, ct) => HelpAsync(v.Dc, v.Asking, ct)),
        new("too early", v => v.Reading.Intent is Intent.WhyNot or Intent.Compare or Intent.WhatWouldChange && v.Interviewing && !v.Reading.StatesFacts && SourceQuestions.Answer(v.Reading) is null,
            (v, ct) => SayAndRepromptAsync(v.Dc, AdvisorStrings.FollowUpTooEarly, ct)),
        new("what would change my mind", v => v.Reading.Intent == Intent.WhatWouldChange && v.AtResult,
            (v, ct) => SayAsync(v.Dc, AdvisorStrings.WhatWouldChange(FrameworkAdvisor.Default.Recommend(v.State.Answers)), ct)),
        new("keep the set-aside answer", v => (v.Reading.Intent is Intent.Cancel or Intent.Back && v.Changing) || (v.Reading.Intent == Intent.None && v.State.Pending is not null && v.Reading.SaysKeep),
            (v, ct) => KeepAnswerAsync(v.Dc, v.State, ct)),
        new("cancel at the result", v => v.Reading.Intent == Intent.Cancel && v.AtResult, (v, ct) => KeepResultAsync(v.Dc, ct)),
        new("cancel", v => v.Reading.Intent == Intent.Cancel, (v, ct) => CancelAsync(v.Dc, v.State, ct)),
        new("start over", v => v.Reading.Intent == Intent.StartOver, (v, ct) => StartOverAsync(v.Dc, v.State, ct)),
        // A tester's "different project now: …" kept the old project's answers and reasons.
        new("another project", v => v.Reading.StartsAnotherProject && v.State.AnsweredOrder.Count > 0, (v, ct) => StartOverAsync(v.Dc, v.State, ct, v.Reading)),
        new("back", v => v.Reading.Intent == Intent.Back, (v, ct) => Back.HandleAsync(v, ct)),
        new("change an answer", v => v.Reading.Intent == Intent.ChangeAnswer, (v, ct) => ChangeAnswerAsync(v.Dc, v.State, ct)),
        new("a fact at the which-answer menu", v => v.Dc.ActiveDialog?.Id == ChangeAnswerDialog.PromptId && v.Reading.StatesFacts, (v, ct) => RecordFactsAsync(v, ct)),
        new("a question the source answers", v => SourceQuestions.Answer(v.Reading, v.State.Answers, v.AtResult) is not null, SourceQuestions.AnswerAsync),
        new("my answers", v => v.Reading.AsksForAnswers && !v.Reading.StatesFacts && !v.Reading.SaysKeep, (v, ct) => MyAnswersAsync(v, ct)),
        new("not English", v => v.Reading.NotEnglish && v.Interviewing && !v.Reading.StatesFacts, (v, ct) => SayAndRepromptAsync(v.Dc, AdvisorStrings.NotEnglish, ct)),
        new("another technology", v => v.Reading.OtherTechnology is not null && v.Interviewing && AnswerReader.Read(v.Asking!.Value, v.Reading) is null,
            (v, ct) => OutOfScopeAsync(v, ct)),
        new("not a web project", v => v.Reading.NotWeb && v.Interviewing, (v, ct) => SayAndRepromptAsync(v.Dc, AdvisorStrings.NotWeb, ct)),
        new("ask me the questions", v => v.Reading.Intent == Intent.AskQuestions && v.Interviewing, (v, ct) => SayAndRepromptAsync(v.Dc, AdvisorStrings.AlreadyAsking, ct)),
        new("what if, before a verdict", v => v.Reading.AsksWhatIf && v.Interviewing, (v, ct) => SayAndRepromptAsync(v.Dc, AdvisorStrings.WhatIfTooEarly, ct)),
        new("share, before a verdict", v => v.Interviewing && Results.DecisionRecord.IsAskedFor(v.Reading), (v, ct) => SayAndRepromptAsync(v.Dc, AdvisorStrings.ShareTooEarly, ct)),
        new("small talk", v => v.Reading.Intent is Intent.Thanks or Intent.Greeting && v.Interviewing && !v.Reading.StatesFacts,
            (v, ct) => SayAndRepromptAsync(v.Dc, v.Reading.Intent == Intent.Thanks ? AdvisorStrings.ThanksMidway : AdvisorStrings.HelloMidway, ct)),
        new("facts beside the question", v => v.Interviewing && SaysMoreThanTheAnswer(v), (v, ct) => RecordFactsAsync(v, ct)),
        new("best guess", v => v.Asking is { } q && KnowledgeBase.Question(q).IsRequired && v.Reading.SaysUnsure && AnswerReader.Read(q, v.Reading) is null,
            (v, ct) => SayAndRepromptAsync(v.Dc, AdvisorStrings.BestGuess(v.Asking!.Value), ct)),
    ];

    /// <summary>
    /// The message states facts for another question than the open one, or is another question's button
    /// ("Medium (4–10)" while the timeline is asked), or names a framework the team knows: record it all here.
    /// A plain answer to the open question is left to its prompt.
    /// </summary>
    private static bool SaysMoreThanTheAnswer(TurnView view) =>
        AnswerReader.FactsAt(view.Asking, view.Reading).Any(f => f.Question != view.Asking)
        || view.Reading.Familiarity is not null;

    /// <summary>
    /// Records every fact the message states (and its answer to the open question, if one is), echoes them,
    /// and carries on with the interview, or with the verdict when every answer is in. At "which answer would
    /// you like to change?" a typed fact ("over a year") is the change itself.
    /// </summary>
    private static async Task<DialogTurnResult> RecordFactsAsync(TurnView view, CancellationToken cancellationToken)
    {
        List<ReadFact> facts = [.. AnswerReader.FactsAt(view.Asking, view.Reading)];
        if (view.Asking is { } asking && AnswerReader.Read(asking, view.Reading) is { } answer && facts.All(f => f.Question != answer.Question))
        {
            facts.Add(answer);
        }

        var merged = view.State.Merge(facts);
        var familiar = NoteFamiliarity(view.State, view.Reading);
        var echo = AdvisorStrings.Echo(merged, view.Reading.FamiliarityWords, familiar);
        if (echo is not null)
        {
            await view.Dc.Context.SendActivityAsync(echo, cancellationToken);
        }

        return await RestartInterviewAsync(view.Dc, cancellationToken);
    }

    /// <summary>The framework the team knows, when the message says so for the first time (for the echo).</summary>
    internal static Framework? NoteFamiliarity(AdvisorState state, MessageReading reading)
    {
        if (reading.Familiarity is not { } known || state.Familiarity == known)
        {
            return null;
        }

        state.NoteFamiliarity(known, reading.FamiliarityWords);
        return known;
    }

    private static async Task<DialogTurnResult> MyAnswersAsync(TurnView view, CancellationToken cancellationToken)
    {
        await view.Dc.Context.SendActivityAsync(AdvisorStrings.MyAnswers(view.State), cancellationToken);
        if (!view.AtResult)
        {
            await view.Dc.RepromptDialogAsync(cancellationToken);
        }

        return EndOfTurn;
    }

    private static Task<DialogTurnResult> OutOfScopeAsync(TurnView view, CancellationToken cancellationToken) =>
        SayAndRepromptAsync(view.Dc, AdvisorStrings.OutOfScope(view.Reading.OtherTechnology!), cancellationToken);

    private static async Task<DialogTurnResult> SayAsync(DialogContext innerDc, string text, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendActivityAsync(text, cancellationToken);
        return EndOfTurn;
    }

    private static async Task<DialogTurnResult> SayAndRepromptAsync(DialogContext innerDc, string text, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendActivityAsync(text, cancellationToken);
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
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
            case FollowUp.Why or FollowUp.WhyNot or FollowUp.Compare or FollowUp.Record when innerDc.ActiveDialog?.Id != ResultDialog.DialogId:
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

    /// <summary>A fresh start; the facts of a message that starts over with the new project ("different project now: …") are its first answers.</summary>
    private static async Task<DialogTurnResult> StartOverAsync(DialogContext innerDc, AdvisorState state, CancellationToken cancellationToken, MessageReading? reading = null)
    {
        state.ForgetAll();
        await innerDc.Context.SendActivityAsync(AdvisorStrings.StartingOver, cancellationToken);
        if (reading is { StatesFacts: true })
        {
            var merged = state.Merge(reading.Facts);
            if (AdvisorStrings.Echo(merged, reading.FamiliarityWords, NoteFamiliarity(state, reading)) is { } echo)
            {
                await innerDc.Context.SendActivityAsync(echo, cancellationToken);
            }
        }

        return await RestartInterviewAsync(innerDc, cancellationToken);
    }

    private static Task<DialogTurnResult> ChangeAnswerAsync(DialogContext innerDc, AdvisorState state, CancellationToken cancellationToken)
    {
        state.KeepSetAside(); // "change an answer" again while one is set aside: start from the answers as they were
        return RestartWithAsync(innerDc, ChangeAnswerDialog.DialogId, null, cancellationToken);
    }

    internal static Task<DialogTurnResult> RestartInterviewAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        RestartWithAsync(innerDc, InterviewDialog.DialogId, InterviewDialog.Options(InterviewOptions.Resume), cancellationToken);

    internal static async Task<DialogTurnResult> RestartWithAsync(DialogContext innerDc, string dialogId, System.Text.Json.Nodes.JsonNode? options, CancellationToken cancellationToken)
    {
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return await innerDc.BeginDialogAsync(dialogId, options, cancellationToken);
    }
}
