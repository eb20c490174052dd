using Advisor.Dialogs.State;
using Advisor.Knowledge;
using Bot.Core.Turns;
using Bot.Dialogs;
using Bot.Dialogs.Prompts;

namespace Advisor.Dialogs.Interview;

/// <summary>"Change an answer": ask which one, set it aside (it can still be kept), and let the interview ask it again.</summary>
internal sealed class ChangeAnswerDialog : WaterfallDialog
{
    public const string DialogId = "changeAnswer";
    public const string PromptId = "whichAnswer";
    private readonly AdvisorStateStore _state;

    public ChangeAnswerDialog(AdvisorStateStore state)
        : base(DialogId)
    {
        _state = state;
        AddStep(AskWhichAsync);
        AddStep(ForgetAndAskAgainAsync);
    }

    private async Task<DialogTurnResult> AskWhichAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answered = (await _state.GetAsync(step.Context, cancellationToken)).AnsweredOrder;
        if (answered.Count == 0)
        {
            await step.Context.SendActivityAsync(AdvisorStrings.NothingToRedo, cancellationToken);
            return await RestartInterviewAsync(step, cancellationToken);
        }

        return await step.PromptAsync(PromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(AdvisorStrings.WhichAnswer),
            Choices = [.. Answerable(answered).Select(q => new Choice(AdvisorStrings.QuestionTitle(q), [q.ToString(), KnowledgeBase.Question(q).Criterion]))],
            MaxAttempts = 2,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ForgetAndAskAgainAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(step.Context, cancellationToken);
        if (!step.TryGetResult(DialogsJsonContext.Default.FoundChoice, out var choice))
        {
            return await RestartInterviewAsync(step, cancellationToken);
        }

        var question = Answerable(state.AnsweredOrder)[choice.Index];
        state.SetAside(question);
        return await step.DialogContext.ReplaceDialogAsync(InterviewDialog.DialogId, InterviewDialog.Options(InterviewOptions.Redo(question)), cancellationToken);
    }

    /// <summary>The answered questions in asking order, so the buttons always read the same way.</summary>
    private static List<Question> Answerable(List<Question> answered) =>
        [.. KnowledgeBase.Questions.Select(q => q.Id).Where(answered.Contains)];

    private static Task<DialogTurnResult> RestartInterviewAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.DialogContext.ReplaceDialogAsync(InterviewDialog.DialogId, InterviewDialog.Options(InterviewOptions.Resume), cancellationToken);
}
