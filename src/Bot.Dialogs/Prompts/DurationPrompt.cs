using System.Text.Json.Serialization.Metadata;
using Bot.Core.Turns;
using Bot.Dialogs.Recognition;

namespace Bot.Dialogs.Prompts;

/// <summary>How long: "3 months", "six weeks", "a year", "in two sprints" (see <see cref="DurationRecognizer"/> for units).</summary>
public sealed class DurationPrompt(string id, TimeProvider time, PromptValidator<RecognizedDuration>? validator = null)
    : Prompt<RecognizedDuration>(id, validator)
{
    protected override JsonTypeInfo<RecognizedDuration> ResultTypeInfo => DialogsJsonContext.Default.RecognizedDuration;

    protected override PromptRecognizerResult<RecognizedDuration> OnRecognize(ITurnContext turnContext, PromptOptions options, string text) =>
        DurationRecognizer.Recognize(text, ReferenceTime.Of(turnContext, time)) is { } duration
            ? PromptRecognizerResult.Of(duration)
            : PromptRecognizerResult.Failed<RecognizedDuration>();
}

/// <summary>A date or deadline: "by March 1st", "end of next quarter" (see <see cref="DateRecognizer"/>).</summary>
public sealed class DatePrompt(string id, TimeProvider time, PromptValidator<RecognizedDate>? validator = null)
    : Prompt<RecognizedDate>(id, validator)
{
    protected override JsonTypeInfo<RecognizedDate> ResultTypeInfo => DialogsJsonContext.Default.RecognizedDate;

    protected override PromptRecognizerResult<RecognizedDate> OnRecognize(ITurnContext turnContext, PromptOptions options, string text) =>
        DateRecognizer.Recognize(text, ReferenceTime.Of(turnContext, time)) is { } date
            ? PromptRecognizerResult.Of(date)
            : PromptRecognizerResult.Failed<RecognizedDate>();
}

/// <summary>"Now" for the user: the activity's local timestamp (protocol doc §8.5), else the clock's local now.</summary>
internal static class ReferenceTime
{
    public static DateTimeOffset Of(ITurnContext turnContext, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(time);
        return turnContext.Activity.LocalTimestamp ?? time.GetLocalNow();
    }
}
