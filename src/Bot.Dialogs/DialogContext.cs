using System.Text.Json.Nodes;
using Bot.Core.Turns;
using Bot.Dialogs.Prompts;

namespace Bot.Dialogs;

/// <summary>
/// One turn's view of a dialog stack: begins, continues and ends the dialogs of a <see cref="DialogSet"/>.
/// </summary>
public sealed class DialogContext
{
    internal DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        Dialogs = dialogs;
        Context = turnContext;
        State = state;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The stack this context runs; index 0 is the active dialog.</summary>
    public DialogState State { get; }

    /// <summary>The context of the component dialog this stack belongs to, if any.</summary>
    public DialogContext? Parent { get; }

    public DialogInstance? ActiveDialog => State.DialogStack.Count > 0 ? State.DialogStack[0] : null;

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and begins it.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        if (!Dialogs.TryFind(dialogId, out var dialog))
        {
            throw new ArgumentException($"No dialog with id '{dialogId}' was added to this set.", nameof(dialogId));
        }

        State.DialogStack.Insert(0, new DialogInstance { Id = dialogId });
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Begins the prompt <paramref name="dialogId"/> with <paramref name="options"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options.ToJson(), cancellationToken);
    }

    /// <summary>Hands the turn to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    /// <exception cref="DialogStateException">The stack names a dialog this set does not have.</exception>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } instance
            ? FindActive(instance).ContinueDialogAsync(this, cancellationToken)
            : Task.FromResult(new DialogTurnResult(DialogTurnStatus.Empty));

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(JsonNode? result, CancellationToken cancellationToken)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken);
        return ActiveDialog is { } parent
            ? await FindActive(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken)
            : new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends every dialog on this stack.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (ActiveDialog is not null)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Ends the active dialog and begins <paramref name="dialogId"/> in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Asks the active dialog to ask its question again.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } instance
            ? FindActive(instance).RepromptDialogAsync(Context, instance, cancellationToken)
            : Task.CompletedTask;

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        if (Dialogs.TryFind(instance.Id, out var dialog))
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }

        State.DialogStack.RemoveAt(0);
    }

    private Dialog FindActive(DialogInstance instance) =>
        Dialogs.TryFind(instance.Id, out var dialog)
            ? dialog
            : throw new DialogStateException($"The dialog stack names '{instance.Id}', which no longer exists.");
}
