using Bot.Core.Connector;
using Bot.Core.Schema;
using Bot.Core.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Hosting;

/// <summary>When and how often the bot shows it is typing, bound from the <c>Bot:Typing</c> section.</summary>
public sealed class TypingOptions
{
    public const string SectionName = "Bot:Typing";

    /// <summary>How long a turn may run before the first typing activity; a quicker turn shows none. Zero turns typing off.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often typing is repeated while the turn still runs (clients show it for about 3 s; protocol doc §1.4).</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>
/// Shows a typing indicator while a slow message turn runs (issue 12): once the turn has run for
/// <see cref="TypingOptions.Delay"/>, a <c>typing</c> activity, repeated every <see cref="TypingOptions.Period"/>
/// until the turn ends. Only on channels that show typing, and never for <c>expectReplies</c>: those replies
/// come back together in the HTTP response when the turn is over, so a typing activity among them says nothing.
/// </summary>
internal sealed class TypingMiddleware(IOptions<TypingOptions> options, TimeProvider time, ILogger<TypingMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (!ShowsTyping(turnContext.Activity) || options.Value.Delay <= TimeSpan.Zero)
        {
            await next(cancellationToken);
            return;
        }

        using var turnOver = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = TypeUntilCancelledAsync(turnContext, turnOver.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await turnOver.CancelAsync();
            await typing;
        }
    }

    private static bool ShowsTyping(Activity incoming) =>
        incoming.Type == ActivityTypes.Message
        && incoming.DeliveryMode != DeliveryModes.ExpectReplies
        && incoming.ChannelId is Channels.MsTeams or Channels.WebChat or Channels.DirectLine or Channels.Emulator;

    private async Task TypeUntilCancelledAsync(ITurnContext turnContext, CancellationToken turnOver)
    {
        try
        {
            await Task.Delay(options.Value.Delay, time, turnOver);
            while (!turnOver.IsCancellationRequested)
            {
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, turnOver);
                await Task.Delay(options.Value.Period, time, turnOver);
            }
        }
        catch (OperationCanceledException) when (turnOver.IsCancellationRequested)
        {
            // The turn is over: no more typing.
        }
        catch (ConnectorException ex)
        {
            // A lost typing indicator is not worth failing the turn for; its replies may still get through.
            Log.TypingUndelivered(logger, turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.Id, ex);
        }
    }
}
