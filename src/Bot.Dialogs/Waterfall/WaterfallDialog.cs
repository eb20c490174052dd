using System.Text.Json.Nodes;
using Bot.Core.Schema;

namespace Bot.Dialogs;

/// <summary>One step of a waterfall: prompt, begin a child, skip ahead, end, or wait (protocol doc §8.2).</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);

/// <summary>
/// A dialog whose steps run in order, one or more per turn. Instance state (plain JSON):
/// <c>{ "stepIndex": n, "options": ..., "values": { ... } }</c>.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep>? steps = null)
        : base(id) => _steps = [.. steps ?? []];

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options?.DeepClone();
        state[ValuesKey] = new JsonObject();
        state[StepIndexKey] = -1;
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message ends a step that waited: its text becomes the next step's result. Other activities leave the waterfall waiting.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }

        var text = dc.Context.Activity.Text;
        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, text is null ? null : JsonValue.Create(text), cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, ReadStepIndex(dc.ActiveDialog!) + 1, reason, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            // Running past the last step ends the dialog with the last result (protocol doc §8.2).
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        instance.State[StepIndexKey] = index;
        var values = instance.State[ValuesKey] as JsonObject ?? throw new DialogStateException($"Waterfall '{Id}' has no values object.");
        var stepContext = new WaterfallStepContext(this, dc, index, reason, instance.State[OptionsKey], new DialogValues(values), result);
        return await _steps[index](stepContext, cancellationToken);
    }

    private int ReadStepIndex(DialogInstance instance) =>
        instance.State[StepIndexKey] is JsonValue value && value.TryGetValue<int>(out var index) && index >= 0 && index < _steps.Count
            ? index
            : throw new DialogStateException($"Waterfall '{Id}' has no readable step index.");
}
