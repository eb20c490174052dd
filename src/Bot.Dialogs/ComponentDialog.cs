using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Turns;

namespace Bot.Dialogs;

/// <summary>
/// A dialog made of dialogs: it runs its own stack, kept in its instance state under
/// <c>"dialogs"</c> (protocol doc §8.1). Override <see cref="OnContinueDialogAsync"/> to handle
/// interruptions (help, cancel) before the active inner dialog sees the turn (protocol doc §8.6).
/// </summary>
public abstract class ComponentDialog : Dialog
{
    private const string InnerStateKey = "dialogs";
    private readonly DialogSet _dialogs = new();

    protected ComponentDialog(string id)
        : base(id)
    {
    }

    /// <summary>The inner dialog begun first; the first added when not set.</summary>
    public string? InitialDialogId { get; protected set; }

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs.");
        return RunInnerAsync(dc, inner => inner.BeginDialogAsync(initial, options, cancellationToken), cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunInnerAsync(dc, inner => OnContinueDialogAsync(inner, cancellationToken), cancellationToken);
    }

    /// <summary>A dialog this component began from outside ended: the inner active dialog asks again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var inner = _dialogs.CreateContext(turnContext, ReadInner(instance));
        return inner.RepromptDialogAsync(cancellationToken);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            var inner = _dialogs.CreateContext(turnContext, ReadInner(instance));
            await inner.CancelAllDialogsAsync(cancellationToken);
            WriteInner(instance, inner.State);
        }
    }

    /// <summary>
    /// The interruption hook: runs before the active inner dialog sees the turn. Handle the turn
    /// and return (e.g. <see cref="Dialog.EndOfTurn"/> after help, or
    /// <c>innerDc.CancelAllDialogsAsync</c> for cancel), or call the base to continue the inner stack.
    /// </summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    private async Task<DialogTurnResult> RunInnerAsync(DialogContext dc, Func<DialogContext, Task<DialogTurnResult>> run, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var inner = new DialogContext(_dialogs, dc.Context, ReadInner(instance), dc);
        DialogTurnResult result;
        try
        {
            result = await run(inner);
        }
        finally
        {
            // Issue 13, D1: when a reply cannot be delivered the turn ends in an exception and its state is
            // still saved; the inner stack must be the one that asked the undelivered question.
            WriteInner(instance, inner.State);
        }

        return result.Status switch
        {
            DialogTurnStatus.Complete => await dc.EndDialogAsync(result.Result, cancellationToken),
            DialogTurnStatus.Cancelled => await EndCancelledAsync(dc, cancellationToken),
            _ => result,
        };
    }

    /// <summary>The inner stack was cancelled: the component ends with no result; an emptied stack reports Cancelled.</summary>
    private static async Task<DialogTurnResult> EndCancelledAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var result = await dc.EndDialogAsync(null, cancellationToken);
        return result.Status == DialogTurnStatus.Complete ? new DialogTurnResult(DialogTurnStatus.Cancelled) : result;
    }

    private static DialogState ReadInner(DialogInstance instance) =>
        instance.State[InnerStateKey] is { } node
            ? DialogJson.Read(node, DialogsJsonContext.Default.DialogState) ?? new DialogState()
            : new DialogState();

    private static void WriteInner(DialogInstance instance, DialogState state) =>
        instance.State[InnerStateKey] = JsonSerializer.SerializeToNode(state, DialogsJsonContext.Default.DialogState);
}
