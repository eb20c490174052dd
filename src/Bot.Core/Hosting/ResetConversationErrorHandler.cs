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
/// an undeliverable reply (issue 13, D1: the turn's state is saved, so no answer is lost when the channel
/// recovers) and a lost eTag race or a conversation kept busy by another instance (the user may resend).
/// </summary>
public sealed class ResetConversationErrorHandler(ConversationState conversationState, ILogger<ResetConversationErrorHandler> logger) : ITurnErrorHandler
{
    public const string ResetMessage = "Sorry, something went wrong on my side, so I've reset our conversation. Shall we start over?";
    public const string RaceMessage = "Sorry, two of your messages crossed and I lost track of the last one. Could you send it again?";
    public const string StartOverButton = "Start over";

    private static readonly JsonElement StartOverValue = JsonDocument.Parse("""{"action":"startOver"}""").RootElement.Clone();

    public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        var activity = turnContext.Activity;
        switch (exception)
        {
            case ConnectorException:
                Log.TurnReplyUndelivered(logger, activity.ChannelId, LogIds.Hash(activity.Conversation?.Id), activity.Id, exception.Message);
                await SaveTurnStateAsync(turnContext, cancellationToken);
                return;
            case ETagConflictException or ConversationBusyException:
                Log.TurnLostRace(logger, activity.ChannelId, LogIds.Hash(activity.Conversation?.Id), activity.Id);
                await TrySendAsync(turnContext, new Activity { Type = ActivityTypes.Message, Text = RaceMessage }, cancellationToken);
                return;
        }

        Log.TurnFailed(logger, activity.ChannelId, LogIds.Hash(activity.Conversation?.Id), activity.Id, exception);
        await conversationState.DeleteAsync(turnContext, cancellationToken);
        await TrySendAsync(turnContext, ResetActivity(turnContext), cancellationToken);
        await TrySendAsync(turnContext, TraceActivity(exception), cancellationToken);
    }

    private static Activity ResetActivity(ITurnContext turnContext)
    {
        var reset = new Activity { Type = ActivityTypes.Message, Text = ResetMessage, InputHint = InputHints.ExpectingInput };
        if (ShowsSuggestedActions(turnContext.Activity))
        {
            reset.SuggestedActions = new SuggestedActions
            {
                To = turnContext.Activity.From?.Id is { } user ? [user] : null,
                Actions = [CardAction.ImBack(StartOverButton)],
            };
        }
        else
        {
            reset.Attachments = [new HeroCard { Buttons = [StartOverCardButton()] }.ToAttachment()];
        }

        return reset;
    }

    /// <summary>Protocol doc §6.6: Teams shows suggested actions in personal chats only, not in group chats or channels.</summary>
    private static bool ShowsSuggestedActions(Activity incoming) =>
        incoming.ChannelId != Channels.MsTeams
        || (incoming.Conversation?.IsGroup != true && incoming.Conversation?.ConversationType is null or ConversationTypes.Personal);

    /// <summary>
    /// A messageBack button: in a group chat or channel Teams only delivers messages that @mention the bot
    /// (protocol doc §6.3), which a typed-looking imBack does not; a messageBack goes to the bot directly,
    /// with its text as the answer and a value that marks it as meant for the bot.
    /// </summary>
    private static CardAction StartOverCardButton() => new()
    {
        Type = ActionTypes.MessageBack,
        Title = StartOverButton,
        Text = StartOverButton,
        DisplayText = StartOverButton,
        Value = StartOverValue,
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

    private async Task SaveTurnStateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        }
        catch (ETagConflictException)
        {
            Log.TurnLostRace(logger, turnContext.Activity.ChannelId, LogIds.Hash(turnContext.Activity.Conversation?.Id), turnContext.Activity.Id);
        }
    }

    private async Task TrySendAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await turnContext.SendActivityAsync(activity, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            Log.TurnReplyUndelivered(logger, turnContext.Activity.ChannelId, LogIds.Hash(turnContext.Activity.Conversation?.Id), turnContext.Activity.Id, ex.Message);
        }
    }
}
