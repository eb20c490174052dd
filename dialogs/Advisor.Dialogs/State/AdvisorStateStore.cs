using Bot.Core.State;
using Bot.Core.Turns;
using Bot.Dialogs;

namespace Advisor.Dialogs.State;

/// <summary>
/// The advisor's two conversation-state properties: its answers and the dialog stack. Advisor state
/// of another version, or that cannot be read, is started afresh together with the dialog stack, so
/// the dialog engine's single apology and fresh start cover both.
/// </summary>
public sealed class AdvisorStateStore(ConversationState conversationState)
{
    private readonly StatePropertyAccessor<AdvisorState> _advisor = conversationState.CreateProperty(AdvisorState.PropertyName, AdvisorJsonContext.Default.AdvisorState);

    public StatePropertyAccessor<DialogState> DialogStack { get; } = conversationState.CreateProperty(DialogState.PropertyName, DialogsJsonContext.Default.DialogState);

    public async Task<AdvisorState> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        AdvisorState? state;
        try
        {
            state = await _advisor.TryGetAsync(turnContext, cancellationToken);
        }
        catch (StateFormatException)
        {
            state = null;
            await MarkStackUnreadableAsync(turnContext, cancellationToken);
        }

        if (state is { Version: not AdvisorState.CurrentVersion })
        {
            state = null;
            await MarkStackUnreadableAsync(turnContext, cancellationToken);
        }

        if (state is null)
        {
            state = new AdvisorState();
            await _advisor.SetAsync(turnContext, state, cancellationToken);
        }

        return state;
    }

    /// <summary>The conversation state both properties live in; the bot loads and saves it with the turn's other state.</summary>
    internal ConversationState Conversation => conversationState;

    // A stack of an unknown version makes the dialog engine reset it with its apology.
    private Task MarkStackUnreadableAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        DialogStack.SetAsync(turnContext, new DialogState { Version = -1 }, cancellationToken);
}
