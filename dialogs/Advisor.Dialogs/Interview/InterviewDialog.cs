using System.Text.Json.Nodes;
using Advisor.Dialogs.Results;
using Advisor.Dialogs.State;
using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;
using Bot.Core.Turns;
using Bot.Dialogs;
using Bot.Dialogs.Prompts;

namespace Advisor.Dialogs.Interview;

/// <summary>
/// The interview, top to bottom: read what the first message already says, ask each question that is
/// still open, then hand over to the recommendation. Answers are kept in <see cref="AdvisorState"/>, so
/// restarting this dialog after "back" or a changed answer asks only what is missing.
/// </summary>
internal sealed class InterviewDialog : WaterfallDialog
{
    public const string DialogId = "interview";
    private readonly AdvisorStateStore _state;
    private readonly TimeProvider _time;

    public InterviewDialog(AdvisorStateStore state, TimeProvider time)
        : base(DialogId)
    {
        _state = state;
        _time = time;
        AddStep(UnderstandFirstMessageAsync);
        foreach (var question in KnowledgeBase.Questions)
        {
            AddStep((step, ct) => AskIfOpenAsync(step, question.Id, ct));
        }

        AddStep(RecommendAsync);
    }

    public static JsonNode? Options(InterviewOptions options) => DialogJson.From(options, AdvisorJsonContext.Default.InterviewOptions);

    private async Task<DialogTurnResult> UnderstandFirstMessageAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions(AdvisorJsonContext.Default.InterviewOptions) ?? new InterviewOptions(ReadMessage: true);
        var text = PromptInput.GetText(step.Context.Activity);
        var state = await _state.GetAsync(step.Context, cancellationToken);
        if (options.AskFirst is { } redo && state.Answers.Get(redo) is null)
        {
            // The next step records the answer, as it records every prompt's.
            return await step.PromptAsync(AnswerPrompt.IdFor(redo), AnswerPrompt.OptionsFor(redo), cancellationToken);
        }

        if (!options.ReadMessage)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var reading = TurnReading.Of(step.Context, _time);
        if (await RespondInsteadAsync(step, reading, cancellationToken) is { } ended)
        {
            return ended;
        }

        var merged = state.Merge(reading.Facts);
        var echo = AdvisorStrings.Echo(merged, reading.FamiliarityWords, AdvisorDialog.NoteFamiliarity(state, reading));
        var opening = echo is not null ? (reading.ButtonOf is null ? $"{echo} {AdvisorStrings.FixHint}" : echo)
            : text.Length > 0 && reading.Intent == Intent.None && !reading.AsksWhichFramework ? AdvisorStrings.NoFactsFound
            : AdvisorStrings.LetsStart;
        if (reading.OtherTechnology is { } other)
        {
            opening = $"{AdvisorStrings.OutOfScope(other)} {opening}";
        }

        // Picking up answers already given (a resumed conversation) needs no "let's start" before the next question.
        if (echo is not null || reading.OtherTechnology is not null || state.AnsweredOrder.Count == 0)
        {
            await step.Context.SendActivityAsync(opening, cancellationToken);
        }
        return await step.NextAsync(null, cancellationToken);
    }

    /// <summary>
    /// A first message that is not a start: "thanks!" after stopping is a goodbye, "help" explains, and a
    /// message in another language gets a line that the bot speaks English. Each ends the interview before it asks.
    /// </summary>
    private static async Task<DialogTurnResult?> RespondInsteadAsync(WaterfallStepContext step, MessageReading reading, CancellationToken cancellationToken)
    {
        var reply = reading.Intent switch
        {
            Intent.Thanks => AdvisorStrings.YoureWelcome,
            Intent.Help => AdvisorStrings.GeneralHelp,
            _ when reading.NotEnglish && !reading.StatesFacts => AdvisorStrings.NotEnglish,
            _ when reading.NotWeb => AdvisorStrings.NotWeb,
            _ when Results.DecisionRecord.IsAskedFor(reading) => AdvisorStrings.ShareTooEarly,
            _ when Questions.SourceQuestions.Answer(reading) is { } answer => answer, // "does Django have an admin?" as the first message
            _ => null,
        };
        if (reply is null)
        {
            return null;
        }

        await step.Context.SendActivityAsync(reading.Intent == Intent.Thanks ? MessageFactory.Text(reply) : WelcomeButtons.With(reply, step.Context), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskIfOpenAsync(WaterfallStepContext step, Question question, CancellationToken cancellationToken)
    {
        if (await RecordPreviousAnswerAsync(step, cancellationToken) is { } restarted)
        {
            return restarted;
        }

        var state = await _state.GetAsync(step.Context, cancellationToken);
        return state.Answers.Get(question) is not null
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(AnswerPrompt.IdFor(question), AnswerPrompt.OptionsFor(question), cancellationToken);
    }

    private async Task<DialogTurnResult> RecommendAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (await RecordPreviousAnswerAsync(step, cancellationToken) is { } restarted)
        {
            return restarted;
        }

        return await step.DialogContext.ReplaceDialogAsync(ResultDialog.DialogId, null, cancellationToken);
    }

    /// <summary>
    /// Records the answer the previous step's prompt ended with. A required question that ran out of
    /// attempts is offered again with its buttons (the interview restarts at the first open question).
    /// </summary>
    private async Task<DialogTurnResult?> RecordPreviousAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.IsNoAnswer)
        {
            await step.Context.SendActivityAsync(AdvisorStrings.OfferButtons, cancellationToken);
            return await step.DialogContext.ReplaceDialogAsync(DialogId, Options(InterviewOptions.Resume), cancellationToken);
        }

        if (step.TryGetResult(AdvisorJsonContext.Default.AnswerResult, out var answer) && answer.ToOption() is { } option)
        {
            var state = await _state.GetAsync(step.Context, cancellationToken);
            state.Record(option, answer.Words, hint: false);
            if (answer.Words is { } words && !QuestionButtons.IsOwnWords(option, words))
            {
                PendingEcho.Add(step.Context, AdvisorStrings.Echoed(words, option.Label));
            }

            if (answer.GaveUp)
            {
                await step.Context.SendActivityAsync(AdvisorStrings.SkippedOptional, cancellationToken);
            }
        }

        return null;
    }
}
