using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Bot.Core.Turns;
using Bot.Dialogs.Prompts;

namespace Bot.Dialogs;

/// <summary>What a waterfall step sees, and what it can do next (protocol doc §8.2).</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, int index, DialogReason reason, JsonNode? options, DialogValues values, JsonNode? result)
    {
        _waterfall = waterfall;
        DialogContext = dc;
        Index = index;
        Reason = reason;
        Options = options;
        Values = values;
        Result = result;
    }

    public DialogContext DialogContext { get; }

    public ITurnContext Context => DialogContext.Context;

    /// <summary>The step's position, from 0.</summary>
    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The options the waterfall was begun with.</summary>
    public JsonNode? Options { get; }

    /// <summary>Values kept across this waterfall's steps.</summary>
    public DialogValues Values { get; }

    /// <summary>The previous step's result: a prompt's or child's result, or the text of the message a step waited for.</summary>
    public JsonNode? Result { get; }

    /// <summary>True when the previous step was a prompt that ran out of attempts with no default (see <see cref="PromptOptions.MaxAttempts"/>).</summary>
    public bool IsNoAnswer => PromptResult.IsNoAnswer(Result);

    /// <summary>Reads <see cref="Result"/> as <typeparamref name="T"/>; false when there is none or it is the no-answer marker.</summary>
    public bool TryGetResult<T>(JsonTypeInfo<T> typeInfo, [MaybeNullWhen(false)] out T value)
    {
        value = default;
        if (Result is null || IsNoAnswer)
        {
            return false;
        }

        value = DialogJson.Read(Result, typeInfo);
        return value is not null;
    }

    /// <summary>Reads <see cref="Result"/> as <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">There is no result of that type.</exception>
    public T GetResult<T>(JsonTypeInfo<T> typeInfo) =>
        TryGetResult(typeInfo, out var value) ? value : throw new InvalidOperationException($"Step {Index} has no {typeof(T).Name} result.");

    /// <summary>Reads <see cref="Options"/> as <typeparamref name="T"/>.</summary>
    public T? GetOptions<T>(JsonTypeInfo<T> typeInfo) => DialogJson.Read(Options, typeInfo);

    /// <summary>Skips to the next step in this turn with <paramref name="result"/>; once per step.</summary>
    public Task<DialogTurnResult> NextAsync(JsonNode? result, CancellationToken cancellationToken)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.RunStepAsync(DialogContext, Index + 1, DialogReason.NextCalled, result, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        DialogContext.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(JsonNode? result, CancellationToken cancellationToken) =>
        DialogContext.EndDialogAsync(result, cancellationToken);
}
