using Bot.Core.State;
using Bot.Core.Turns;
using Microsoft.Extensions.Logging;

namespace Bot.Dialogs;

/// <summary>Runs a root dialog for one turn (protocol doc §8.1, "Run loop per turn").</summary>
public static class DialogExtensions
{
    /// <summary>Said once when a stored stack cannot be resumed and the conversation starts over (issue 4, item 2).</summary>
    public const string LostPlaceApology = "Sorry, I lost my place in our conversation — let's start again.";

    /// <inheritdoc cref="RunAsync(Dialog, ITurnContext, StatePropertyAccessor{DialogState}, ILogger?, CancellationToken)"/>
    public static Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, StatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken) =>
        RunAsync(dialog, turnContext, accessor, logger: null, cancellationToken);

    /// <summary>
    /// Continues the active dialog, or begins <paramref name="dialog"/> when nothing is running. A
    /// stored stack that names a dialog that no longer exists, or whose state cannot be read, or
    /// whose version differs, is cleared: the user gets <see cref="LostPlaceApology"/> and the root
    /// begins fresh in the same turn. The caller saves state after the turn.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, StatePropertyAccessor<DialogState> accessor, ILogger? logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);

        var dialogs = new DialogSet().Add(dialog);
        var (state, loadError) = await LoadAsync(turnContext, accessor, cancellationToken);
        if (state is not null)
        {
            try
            {
                var result = await dialogs.CreateContext(turnContext, state).ContinueDialogAsync(cancellationToken);
                if (result.Status != DialogTurnStatus.Empty)
                {
                    return result;
                }
            }
            catch (DialogStateException ex)
            {
                state = null;
                loadError = ex;
            }
        }

        if (state is null)
        {
            if (logger is not null)
            {
                Log.DialogStackReset(logger, turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.Id, loadError);
            }

            await turnContext.SendActivityAsync(LostPlaceApology, cancellationToken);
        }

        var fresh = state ?? new DialogState();
        fresh.DialogStack.Clear();
        await accessor.SetAsync(turnContext, fresh, cancellationToken);
        return await dialogs.CreateContext(turnContext, fresh).BeginDialogAsync(dialog.Id, null, cancellationToken);
    }

    /// <summary>The stored stack, an empty one when none is stored, or null when the stored one cannot be resumed.</summary>
    private static async Task<(DialogState? State, Exception? Error)> LoadAsync(ITurnContext turnContext, StatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken)
    {
        try
        {
            var state = await accessor.GetAsync(turnContext, static () => new DialogState(), cancellationToken);
            return state.Version == DialogState.CurrentVersion ? (state, null) : (null, null);
        }
        catch (StateFormatException ex)
        {
            return (null, ex);
        }
    }
}
