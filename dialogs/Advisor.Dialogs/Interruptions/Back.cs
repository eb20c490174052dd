using Advisor.Dialogs.Interview;
using Advisor.Dialogs.State;
using Advisor.Knowledge;
using Bot.Core.Turns;
using Bot.Dialogs;

namespace Advisor.Dialogs.Interruptions;

/// <summary>"back", "go back", "undo": what it means depends on the step before it.</summary>
internal static class Back
{
    /// <summary>
    /// "back" undoes the last step: a what-if's preview is dropped; a change ("actually it's 8 devs", a new
    /// answer after "change an answer", a switch to a what-if's answers) is undone. Otherwise the last answer
    /// is asked again: at the verdict it is set aside, so "never mind" keeps it; during the interview each
    /// "back" steps one question further back.
    /// </summary>
    public static async Task<DialogTurnResult> HandleAsync(TurnView view, CancellationToken cancellationToken)
    {
        var (innerDc, state) = (view.Dc, view.State);
        if (state.Preview is not null)
        {
            state.Preview = null;
            await innerDc.Context.SendActivityAsync(AdvisorStrings.WhatIfDropped, cancellationToken);
            return Dialog.EndOfTurn;
        }

        if (state.UndoLastChange() is { Count: > 0 } restored)
        {
            await innerDc.Context.SendActivityAsync(AdvisorStrings.UndidChange(restored.Select(o => o.Label)), cancellationToken);
            return await AdvisorDialog.RestartInterviewAsync(innerDc, cancellationToken);
        }

        if (state.AnsweredOrder.Count == 0)
        {
            await innerDc.Context.SendActivityAsync(AdvisorStrings.BackAtFirst, cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return Dialog.EndOfTurn;
        }

        var previous = state.AnsweredOrder[^1];
        var label = KnowledgeBase.Question(previous).Selected(state.Answers)!.Label;
        if (view.AtResult)
        {
            state.SetAside(previous);
        }
        else
        {
            state.Forget(previous);
        }

        await innerDc.Context.SendActivityAsync(AdvisorStrings.GoingBack(label), cancellationToken);
        return await AdvisorDialog.RestartWithAsync(innerDc, InterviewDialog.DialogId, InterviewDialog.Options(InterviewOptions.Redo(previous)), cancellationToken);
    }
}
