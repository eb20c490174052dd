using Bot.Core.Hosting;
using Bot.Core.Schema;
using Bot.Core.Turns;

namespace Bot.Testing;

/// <summary>
/// An adapter for conversation tests: user activities go in, the bot's replies collect in a queue
/// in the order sent. Like Bot Builder's TestAdapter, but ours. Incoming activities get the ids,
/// addressing and timestamps a channel would stamp, from the given clock.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly Queue<Activity> _replies = new();
    private readonly ITurnErrorHandler? _errorHandler;
    private readonly TimeProvider _time;
    private int _nextId;

    public TestAdapter(string channelId = Channels.Test, IEnumerable<IMiddleware>? middleware = null, ITurnErrorHandler? errorHandler = null, TimeProvider? time = null, string conversationId = "test-conversation")
        : base(middleware ?? [])
    {
        _errorHandler = errorHandler;
        _time = time ?? TimeProvider.System;
        ChannelId = channelId;
        Conversation = new ConversationAccount(conversationId);
    }

    public string ChannelId { get; }

    public ConversationAccount Conversation { get; }

    public ChannelAccount User { get; set; } = new("user1", "User", RoleTypes.User);

    public ChannelAccount Bot { get; } = new("bot", "Framework Advisor", RoleTypes.Bot);

    public string Locale { get; set; } = "en-US";

    /// <summary>Every activity the bot updated, in order.</summary>
    public List<Activity> Updated { get; } = [];

    /// <summary>Every activity id the bot deleted, in order.</summary>
    public List<string> Deleted { get; } = [];

    /// <summary>A message from the user as the channel would deliver it.</summary>
    public Activity MakeMessage(string? text) => Stamp(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>Fills in what a channel stamps on an activity and leaves what the test set.</summary>
    public Activity Stamp(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var now = _time.GetLocalNow();
        activity.Id ??= $"in-{Interlocked.Increment(ref _nextId)}";
        activity.ChannelId ??= ChannelId;
        activity.ServiceUrl ??= "https://test.invalid/";
        activity.Conversation ??= Conversation;
        activity.From ??= User;
        activity.Recipient ??= Bot;
        activity.Locale ??= Locale;
        activity.Timestamp ??= now.ToUniversalTime();
        activity.LocalTimestamp ??= now;
        return activity;
    }

    /// <summary>Runs one turn; an exception goes to the error handler when there is one.</summary>
    public async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var turnContext = new TurnContext(this, Stamp(activity));
        try
        {
            await RunPipelineAsync(turnContext, callback, cancellationToken);
        }
        catch (Exception ex) when (_errorHandler is not null)
        {
            await _errorHandler.OnTurnErrorAsync(turnContext, ex, cancellationToken);
        }
    }

    /// <summary>The next reply the bot sent, or null when there is none left.</summary>
    public Activity? GetNextReply() => _replies.TryDequeue(out var reply) ? reply : null;

    public int PendingReplies => _replies.Count;

    public override Task<IReadOnlyList<ResourceResponse?>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new List<ResourceResponse?>();
        foreach (var activity in activities)
        {
            activity.Id ??= $"out-{Interlocked.Increment(ref _nextId)}";
            _replies.Enqueue(activity);
            responses.Add(new ResourceResponse(activity.Id));
        }

        return Task.FromResult<IReadOnlyList<ResourceResponse?>>(responses);
    }

    public override Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Updated.Add(activity);
        return Task.FromResult<ResourceResponse?>(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken)
    {
        Deleted.Add(activityId);
        return Task.CompletedTask;
    }
}
