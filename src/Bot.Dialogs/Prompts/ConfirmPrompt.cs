using System.Text.Json.Serialization.Metadata;
using Bot.Core.Turns;
using Bot.Dialogs.Recognition;

namespace Bot.Dialogs.Prompts;

/// <summary>
/// Yes or no (protocol doc §8.5), shown as Yes/No choices; recognized by <see cref="ConfirmRecognizer"/>,
/// else as a pick of those two choices ("1", "the first one").
/// </summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    public const string Yes = "Yes";
    public const string No = "No";

    private static readonly Choice[] s_choices = [new(Yes), new(No)];

    protected override JsonTypeInfo<bool> ResultTypeInfo => DialogsJsonContext.Default.Boolean;

    protected override PromptRecognizerResult<bool> OnRecognize(ITurnContext turnContext, PromptOptions options, string text)
    {
        if (ConfirmRecognizer.Recognize(text) is { } answer)
        {
            return PromptRecognizerResult.Of(answer);
        }

        return ChoiceRecognizer.Recognize(text, s_choices).Match is { } picked
            ? PromptRecognizerResult.Of(picked.Index == 0)
            : PromptRecognizerResult.Failed<bool>();
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt ?? MessageFactory.Text(string.Empty);
        var incoming = turnContext.Activity;
        return SendAsync(turnContext, ChoiceRenderer.Render(activity, s_choices, options.Style, incoming.ChannelId, incoming.From?.Id), cancellationToken);
    }
}
