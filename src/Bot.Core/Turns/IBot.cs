namespace Bot.Core.Turns;

/// <summary>A bot: runs one turn for one incoming activity.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}

/// <summary>The callback an adapter runs at the end of its middleware pipeline.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);

/// <summary>The rest of the middleware pipeline.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>
/// A middleware step around every turn: work before <c>next</c> is the leading edge, after it the
/// trailing edge; not calling <c>next</c> short-circuits the turn.
/// </summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
