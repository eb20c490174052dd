using Bot.Core.Turns;

namespace Bot.Core.Hosting;

/// <summary>The one place an exception that escaped a turn is handled (STYLE.md, "Errors").</summary>
public interface ITurnErrorHandler
{
    Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken);
}
