using System.Numerics;
using System.Text.Json.Serialization.Metadata;
using Bot.Core.Turns;
using Bot.Dialogs.Recognition;

namespace Bot.Dialogs.Prompts;

/// <summary>
/// A number: "5", "five", "a dozen", "about 20 developers", "1,500" (protocol doc §8.5). An answer
/// that does not fit <typeparamref name="T"/> exactly ("2.5" for an int) is not recognized.
/// <typeparamref name="T"/> is int, long, decimal or double.
/// </summary>
public sealed class NumberPrompt<T>(string id, PromptValidator<T>? validator = null) : Prompt<T>(id, validator)
    where T : struct, INumber<T>
{
    protected override JsonTypeInfo<T> ResultTypeInfo { get; } =
        DialogsJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"NumberPrompt does not support {typeof(T).Name}.");

    protected override PromptRecognizerResult<T> OnRecognize(ITurnContext turnContext, PromptOptions options, string text)
    {
        if (NumberRecognizer.RecognizeDecimal(text) is not { } value)
        {
            return PromptRecognizerResult.Failed<T>();
        }

        var converted = T.CreateSaturating(value);
        return decimal.CreateSaturating(converted) == value ? PromptRecognizerResult.Of(converted) : PromptRecognizerResult.Failed<T>();
    }
}
