using Bot.Core.Turns;

namespace Bot.Dialogs.Prompts;

/// <summary>Decides whether a recognized answer is acceptable; may send its own explanation.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);

/// <summary>What a recognizer made of an answer.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value);

/// <summary>Short-hands for <see cref="PromptRecognizerResult{T}"/>.</summary>
public static class PromptRecognizerResult
{
    public static PromptRecognizerResult<T> Failed<T>() => new(false, default);

    public static PromptRecognizerResult<T> Of<T>(T value) => new(true, value);
}

/// <summary>What a <see cref="PromptValidator{T}"/> sees (protocol doc §8.3).</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
    {
        Context = context;
        Recognized = recognized;
        Options = options;
        AttemptCount = attemptCount;
    }

    public ITurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    public PromptOptions Options { get; }

    /// <summary>Answers taken so far, including this one: 1 on the first answer (protocol doc §9.13).</summary>
    public int AttemptCount { get; }

    /// <summary>
    /// Set by a validator that already explained what it needs: the prompt then sends no retry
    /// prompt. Without it the retry prompt is sent even if the validator sent a message (issue 4).
    /// </summary>
    public bool SuppressRetryPrompt { get; set; }
}
