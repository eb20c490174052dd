using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Bot.Core.Schema;
using Bot.Core.Turns;

namespace Bot.Dialogs.Prompts;

/// <summary>
/// The template every prompt follows (protocol doc §8.3): this class owns attempts, validation,
/// max attempts and re-prompting; a subclass only recognizes (and may render) its answer.
/// Instance state: <c>{ "options": PromptOptions, "attemptCount": n }</c>.
/// </summary>
/// <typeparam name="T">The recognized value's type; results travel as its JSON.</typeparam>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptCountKey = "attemptCount";
    private readonly PromptValidator<T>? _validator;

    protected Prompt(string id, PromptValidator<T>? validator)
        : base(id) => _validator = validator;

    /// <summary>The JSON contract of <typeparamref name="T"/>, used for the prompt's result.</summary>
    protected abstract JsonTypeInfo<T> ResultTypeInfo { get; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is null)
        {
            // A programming error, not stale state: begin prompts through DialogContext.PromptAsync.
            throw new ArgumentNullException(nameof(options), $"Prompt '{Id}' needs PromptOptions.");
        }

        var promptOptions = PromptOptions.FromJson(options);
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options.DeepClone();
        state[AttemptCountKey] = 0;
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    /// <summary>Only message activities answer a prompt; anything else leaves it waiting.</summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var options = PromptOptions.FromJson(state[OptionsKey]);
        var attempt = ReadAttemptCount(state) + 1;
        state[AttemptCountKey] = attempt;

        var text = PromptInput.GetText(dc.Context.Activity, Id);
        var recognized = text.Length == 0 ? PromptRecognizerResult.Failed<T>() : OnRecognize(dc.Context, options, text);
        var validation = new PromptValidatorContext<T>(dc.Context, recognized, options, attempt);
        var valid = _validator is null ? recognized.Succeeded : await _validator(validation, cancellationToken);
        if (valid && recognized.Succeeded)
        {
            return await dc.EndDialogAsync(DialogJson.From(recognized.Value!, ResultTypeInfo), cancellationToken);
        }

        if (options.MaxAttempts is { } max && attempt >= max)
        {
            return await dc.EndDialogAsync(options.DefaultValue?.DeepClone() ?? PromptResult.NoAnswer, cancellationToken);
        }

        if (!validation.SuppressRetryPrompt)
        {
            await OnPromptAsync(dc.Context, options, isRetry: true, cancellationToken);
        }

        return EndOfTurn;
    }

    /// <summary>A dialog begun above the prompt ended: ask again (protocol doc §8.3).</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, PromptOptions.FromJson(instance.State[OptionsKey]), isRetry: false, cancellationToken);
    }

    /// <summary>Recognizes a non-empty answer text (typed, or read from a card submit by <see cref="PromptInput"/>).</summary>
    protected abstract PromptRecognizerResult<T> OnRecognize(ITurnContext turnContext, PromptOptions options, string text);

    /// <summary>Sends the prompt, or the retry prompt. Subclasses may decorate it (choices).</summary>
    protected virtual Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        return activity is null ? Task.CompletedTask : SendAsync(turnContext, activity, cancellationToken);
    }

    /// <summary>Sends a prompt activity, expecting input unless it says otherwise (protocol doc §8.3).</summary>
    protected static Task SendAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.InputHint ??= InputHints.ExpectingInput;
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    private static int ReadAttemptCount(JsonObject state) =>
        state[AttemptCountKey] is JsonValue value && value.TryGetValue<int>(out var count) ? count : 0;
}
