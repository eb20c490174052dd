using System.Collections.Concurrent;
using Bot.Core.Schema;
using Bot.Core.Turns;

namespace Bot.DirectLine.Tests;

/// <summary>Records what it receives; welcomes added users; answers a message with typing then "echo: text".</summary>
public sealed class RecordingBot : IBot
{
    public const string Welcome = "Welcome!";

    public ConcurrentQueue<Activity> Received { get; } = new();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Received.Enqueue(turnContext.Activity);
        if (turnContext.Activity.Type == ActivityTypes.ConversationUpdate && turnContext.Activity.MembersAddedOtherThanBot().Any())
        {
            await turnContext.SendActivityAsync(Welcome, cancellationToken);
        }
        else if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivitiesAsync(
                [new Activity { Type = ActivityTypes.Typing }, new Activity { Type = ActivityTypes.Message, Text = "echo: " + turnContext.Activity.Text }],
                cancellationToken);
        }
    }
}
