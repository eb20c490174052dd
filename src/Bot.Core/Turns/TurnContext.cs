using Bot.Core.Schema;

namespace Bot.Core.Turns;

/// <summary>The turn context an adapter creates for each incoming activity.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly BotAdapter _adapter;

    public TurnContext(BotAdapter adapter, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(activity);
        _adapter = adapter;
        Activity = activity;
    }

    public Activity Activity { get; }

    public TurnStateCollection TurnState { get; } = new();

    public bool Responded { get; private set; }

    public async Task<IReadOnlyList<ResourceResponse?>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return [];
        }

        foreach (var outgoing in activities)
        {
            outgoing.ApplyConversationReference(Activity);
            outgoing.Id = null;
            if (outgoing.Type == ActivityTypes.Message)
            {
                outgoing.InputHint ??= InputHints.AcceptingInput;
            }
        }

        var responses = await _adapter.SendActivitiesAsync(this, activities, cancellationToken);
        if (activities.Any(a => a.Type is not (ActivityTypes.Trace or ActivityTypes.InvokeResponse)))
        {
            Responded = true;
        }

        return responses;
    }

    public Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var id = activity.Id;
        activity.ApplyConversationReference(Activity);
        activity.Id = id ?? throw new ArgumentException("An update needs the id of the activity it replaces.", nameof(activity));
        return _adapter.UpdateActivityAsync(this, activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return _adapter.DeleteActivityAsync(this, activityId, cancellationToken);
    }
}
