using Bot.Core.Schema;
using Bot.Core.Turns;

namespace Advisor.Benchmarks;

/// <summary>An adapter for turns that only touch state: the state benchmarks send nothing.</summary>
internal sealed class NoAdapter() : BotAdapter([])
{
    public override Task<IReadOnlyList<ResourceResponse?>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public override Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public override Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
