using System.Text.Json;
using Bot.Core.Connector;
using Bot.Core.Schema;
using Bot.Core.State;
using Bot.Core.Turns;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Hosting;

/// <summary>
/// The default turn-error handler. A bug in a turn must not trap the user in an error loop, so it
/// logs the failure, deletes the conversation state (the broken dialog stack goes with it), tells the
/// user the conversation was reset and offers to start over. Two failures are not bugs and keep state:
/// an undeliverable reply (the user cannot be told anyway) and a lost eTag race or a conversation kept busy
/// by another instance (the user may resend).
/// </summary>
public sealed class ResetConversationErrorHandler(ConversationState conversationState, ILogger<ResetConversationErrorHandler> logger) : ITurnErrorHandler
{
    public const string ResetMessage = "Sorry, something went wrong on my side, so I've reset our conversation. Shall we start over?";
    public const string RaceMessage = "Sorry, two of your messages crossed and I lost track of the last one. Could you send it again?";
    public const string StartOverButton = "Start over";

    public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        var activity = turnContext.Activity;
        switch (exception)
        {
            case ConnectorException:
                Log.TurnReplyUndelivered(logger, activity.ChannelId, activity.Conversation?.Id, activity.Id, exception);
                return;
            case ETagConflictException or ConversationBusyException:
                Log.TurnLostRace(logger, activity.ChannelId, activity.Conversation?.Id, activity.Id);
                await TrySendAsync(turnContext, new Activity { Type = ActivityTypes.Message, Text = RaceMessage }, cancellationToken);
                return;
        }

        Log.TurnFailed(logger, activity.ChannelId, activity.Conversation?.Id, activity.Id, exception);
        await conversationState.DeleteAsync(turnContext, cancellationToken);
        await TrySendAsync(turnContext, ResetActivity(turnContext), cancellationToken);
        await TrySendAsync(turnContext, TraceActivity(exception), cancellationToken);
    }

    private static Activity ResetActivity(ITurnContext turnContext) => new()
    {
        Type = ActivityTypes.Message,
        Text = ResetMessage,
        InputHint = InputHints.ExpectingInput,
        SuggestedActions = new SuggestedActions
        {
            To = turnContext.Activity.From?.Id is { } user ? [user] : null,
            Actions = [CardAction.ImBack(StartOverButton)],
        },
    };

    // Protocol doc §8.8: the Emulator shows this trace; the adapter drops it on every other channel.
    private static Activity TraceActivity(Exception exception) => new()
    {
        Type = ActivityTypes.Trace,
        Name = "OnTurnError Trace",
        Label = "TurnError",
        ValueType = "https://www.botframework.com/schemas/error",
        Value = JsonSerializer.SerializeToElement($"{exception.GetType().Name}: {exception.Message}", BotJsonContext.Default.String),
    };

    private async Task TrySendAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await turnContext.SendActivityAsync(activity, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            Log.TurnReplyUndelivered(logger, turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.Id, turnContext.Activity.Id, ex);
        }
    }
}
