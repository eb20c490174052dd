using System.Text.Json.Serialization.Metadata;
using Advisor.Dialogs.State;
using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;
using Bot.Core.Schema;
using Bot.Core.Turns;
using Bot.Dialogs;
using Bot.Dialogs.Prompts;
using Bot.Dialogs.Recognition;

namespace Advisor.Dialogs.Interview;

/// <summary>
/// Asks one interview question with its buttons and accepts the answer however it comes: a button,
/// the button's number or position, the option's words, or a phrase the understanding layer reads
/// ("about 5 developers", "by March", "we take payments"). Optional questions give up into
/// "not sure" after the last attempt; required ones end with no answer and the interview offers the buttons again.
/// </summary>
internal sealed class AnswerPrompt(Question question, TimeProvider time) : Prompt<AnswerResult>(IdFor(question), validator: null)
{
    public const int MaxAttempts = 3;
    private const string IdPrefix = "ask-";

    public Question Question { get; } = question;

    public static string IdFor(Question question) => IdPrefix + question;

    /// <summary>The question an answer prompt with this dialog id asks, if it is one.</summary>
    public static Question? QuestionOf(string? dialogId) =>
        dialogId is not null && dialogId.StartsWith(IdPrefix, StringComparison.Ordinal) && Enum.TryParse<Question>(dialogId[IdPrefix.Length..], out var q) ? q : null;

    public static PromptOptions OptionsFor(Question question)
    {
        var definition = KnowledgeBase.Question(question);
        var unsure = definition.IsRequired ? null : definition.Options.First(o => o.IsUnsure);
        return new PromptOptions
        {
            Prompt = MessageFactory.Text(AdvisorStrings.QuestionPrompt(question)),
            RetryPrompt = MessageFactory.Text(AdvisorStrings.Retry(question)),
            Choices = QuestionButtons.Choices(question),
            MaxAttempts = MaxAttempts,
            DefaultValue = unsure is null ? null : DialogJson.From(AnswerResult.Of(unsure, gaveUp: true), AdvisorJsonContext.Default.AnswerResult),
        };
    }

    protected override JsonTypeInfo<AnswerResult> ResultTypeInfo => AdvisorJsonContext.Default.AnswerResult;

    protected override PromptRecognizerResult<AnswerResult> OnRecognize(ITurnContext turnContext, PromptOptions options, string text)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // A button's own words or position ("the last one") win; then what the answer says ("6 people",
        // "9 months"); only then a loose match on the buttons, whose shared words ("people", "months")
        // would otherwise pick the wrong one, or their index ("2" to "how many developers?" is two people).
        var buttons = QuestionButtons.Options(Question);
        var choices = QuestionButtons.Choices(Question);
        if (ChoiceRecognizer.RecognizeExplicit(text, choices).Match is { } pressed)
        {
            // A position ("the last one") is echoed with what it picked; a button's own words need no echo.
            var option = buttons[pressed.Index];
            return PromptRecognizerResult.Of(AnswerResult.Of(option, words: QuestionButtons.IsOwnWords(option, text) ? null : text.Trim()));
        }

        var reading = TurnReading.Of(turnContext, time, text);
        if (AnswerReader.Read(Question, reading) is { } read)
        {
            var option = KnowledgeBase.Option(read.Answer);
            // "skip", "not sure", "rather not say" to an optional question leave it open: no echo, no "(from “skip”)".
            return option.IsUnsure && AnswerReader.SaysSkip(reading)
                ? PromptRecognizerResult.Of(AnswerResult.Of(option, gaveUp: true))
                : PromptRecognizerResult.Of(AnswerResult.Of(option, words: read.Words));
        }

        // "not urgent" shares a word with "A few weeks": a negated answer is never guessed from the buttons' words.
        return !reading.Tokens.Any(Lexicon.Negators.Contains) && ChoiceRecognizer.Recognize(text, choices).Match is { } loose
            ? PromptRecognizerResult.Of(AnswerResult.Of(buttons[loose.Index]))
            : PromptRecognizerResult.Failed<AnswerResult>();
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var text = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt!;
        var incoming = turnContext.Activity;
        var prompt = ChoiceRenderer.Render(text, options.Choices ?? [], options.Style, incoming.ChannelId, incoming.From?.Id);
        prompt.InputHint ??= InputHints.ExpectingInput;
        return turnContext.SendActivitiesAsync(PendingEcho.Before(turnContext, prompt), cancellationToken);
    }
}
