using Bot.Core.Schema;
using Bot.Core.Turns;

namespace Advisor.Host;

/// <summary>
/// PLACEHOLDER until the advisor conversation (issue #5) replaces it: the host's bot only greets
/// new members and answers messages with the same short introduction. It proves the wire path
/// (welcome by send-to-conversation, replies by reply-to-activity) and nothing more.
/// </summary>
internal sealed class GreetingBot : IBot
{
    public const string Greeting = "Hi! I'm Framework Advisor. I help you choose between Django and Flask for your next Python web project.";
    public const string NotReady = "The interview isn't switched on in this build yet, so for now I can only say hello.";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            foreach (var _ in activity.MembersAddedOtherThanBot())
            {
                await turnContext.SendActivityAsync(Greeting, cancellationToken);
            }
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivitiesAsync(
                [new Activity { Type = ActivityTypes.Message, Text = Greeting }, new Activity { Type = ActivityTypes.Message, Text = NotReady }],
                cancellationToken);
        }
    }
}
