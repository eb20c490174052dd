using System.Text.Json.Serialization.Metadata;
using Bot.Core.Turns;

namespace Bot.Dialogs.Prompts;

/// <summary>Any non-empty answer text; a card submit's answer counts.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override JsonTypeInfo<string> ResultTypeInfo => DialogsJsonContext.Default.String;

    protected override PromptRecognizerResult<string> OnRecognize(ITurnContext turnContext, PromptOptions options, string text) =>
        PromptRecognizerResult.Of(text);
}
