using Bot.Core.Schema;

namespace Bot.Core.Turns;

/// <summary>
/// Runs turns through a middleware pipeline and carries the bot's outgoing activities somewhere:
/// to a channel's connector (<see cref="Hosting.CloudAdapter"/>) or into a test's queue.
/// </summary>
public abstract class BotAdapter
{
    private readonly IReadOnlyList<IMiddleware> _middleware;

    protected BotAdapter(IEnumerable<IMiddleware> middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware = [.. middleware];
    }

    /// <summary>Delivers outgoing activities of a turn, in order.</summary>
    public abstract Task<IReadOnlyList<ResourceResponse?>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken);

    /// <summary>Runs the middleware in registration order, then <paramref name="callback"/>.</summary>
    protected Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(callback);
        return RunFromAsync(0, turnContext, callback, cancellationToken);
    }

    private Task RunFromAsync(int index, ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        index == _middleware.Count
            ? callback(turnContext, cancellationToken)
            : _middleware[index].OnTurnAsync(turnContext, ct => RunFromAsync(index + 1, turnContext, callback, ct), cancellationToken);
}
