using System.Text.Json.Serialization.Metadata;
using Bot.Core.Turns;
using Bot.Dialogs.Recognition;

namespace Bot.Dialogs.Prompts;

/// <summary>
/// One of <see cref="PromptOptions.Choices"/>, recognized by <see cref="ChoiceRecognizer"/>; an
/// ambiguous answer is not recognized, so the prompt asks again instead of guessing.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override JsonTypeInfo<FoundChoice> ResultTypeInfo => DialogsJsonContext.Default.FoundChoice;

    protected override PromptRecognizerResult<FoundChoice> OnRecognize(ITurnContext turnContext, PromptOptions options, string text)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ChoiceRecognizer.Recognize(text, options.Choices ?? []).Match is { } match
            ? PromptRecognizerResult.Of(match)
            : PromptRecognizerResult.Failed<FoundChoice>();
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt ?? MessageFactory.Text(string.Empty);
        var incoming = turnContext.Activity;
        return SendAsync(turnContext, ChoiceRenderer.Render(activity, options.Choices ?? [], options.Style, incoming.ChannelId, incoming.From?.Id), cancellationToken);
    }
}
