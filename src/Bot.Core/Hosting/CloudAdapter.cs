using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using Bot.Core.Authentication;
using Bot.Core.Connector;
using Bot.Core.Schema;
using Bot.Core.Telemetry;
using Bot.Core.Turns;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Hosting;

/// <summary>
/// Turns an authenticated inbound activity into a turn and delivers the bot's replies by the
/// activity's delivery mode: through the channel's connector (normal), in the HTTP response
/// (<c>expectReplies</c>), or as the invoke response (protocol doc §2.6).
/// </summary>
public sealed class CloudAdapter : BotAdapter
{
    private static readonly TurnStateKey<TurnDelivery> DeliveryKey = new("CloudAdapter.Delivery");

    /// <summary>How many recently run activity ids are remembered to answer a redelivery without a second turn.</summary>
    public const int RecentActivityCapacity = 4096;
    private readonly IChannelAuthenticator _authenticator;
    private readonly IConnectorClient _connector;
    private readonly ITurnErrorHandler _errorHandler;
    private readonly ConversationGate _gate;
    private readonly RecentActivities _recent = new(RecentActivityCapacity);
    private readonly ILogger<CloudAdapter> _logger;

    public CloudAdapter(
        IChannelAuthenticator authenticator,
        IConnectorClient connector,
        IEnumerable<IMiddleware> middleware,
        ITurnErrorHandler errorHandler,
        ConversationGate gate,
        ILogger<CloudAdapter> logger)
        : base(middleware)
    {
        _authenticator = authenticator;
        _connector = connector;
        _errorHandler = errorHandler;
        _gate = gate;
        _logger = logger;
    }

    /// <summary>
    /// Authenticates and runs one turn. <paramref name="activity"/> must have passed
    /// <see cref="ActivityValidator"/>. Turns of one conversation run one at a time.
    /// </summary>
    public async Task<TurnOutcome> ProcessActivityAsync(string? authorizationHeader, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        var auth = await _authenticator.AuthenticateAsync(authorizationHeader, activity, cancellationToken);
        if (auth.Unavailable)
        {
            // Issue 13: the keys to check the token could not be fetched; 503 lets the channel retry, 401 would drop the message.
            Log.AuthenticationUnavailable(_logger, auth.FailureReason);
            return TurnOutcome.ServiceUnavailable;
        }

        if (!auth.Succeeded)
        {
            Log.Unauthorized(_logger, activity.ChannelId, LogIds.Hash(activity.Conversation?.Id), auth.FailureReason);
            BotTelemetry.TurnRefused(activity.ChannelId);
            return TurnOutcome.Unauthorized;
        }

        return await RunTurnAsync(activity, callback, cancellationToken);
    }

    /// <summary>
    /// Runs a turn for an activity that did not come from a channel but from this process's own Direct
    /// Line endpoint, which authenticated its client with a Direct Line token of its own. There is no
    /// channel token to check; internal so that no other caller can skip authentication.
    /// </summary>
    internal Task<TurnOutcome> ProcessTrustedActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        return RunTurnAsync(activity, callback, cancellationToken);
    }

    private async Task<TurnOutcome> RunTurnAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        if (!ActivityTypes.IsHandled(activity.Type!))
        {
            Log.IgnoredActivityType(_logger, activity.Type, LogIds.Hash(activity.Conversation?.Id));
            return TurnOutcome.Ok;
        }

        using var lease = await _gate.EnterAsync($"{activity.ChannelId}/{activity.Conversation!.Id}", cancellationToken);
        if (_recent.Contains(activity))
        {
            Log.RepeatedActivity(_logger, activity.ChannelId, LogIds.Hash(activity.Conversation.Id), activity.Id);
            return TurnOutcome.Ok;
        }

        using var span = TurnSpans.StartTurn(activity);
        var started = Stopwatch.GetTimestamp();
        var turnContext = new TurnContext(this, activity);
        var delivery = new TurnDelivery(activity.DeliveryMode == DeliveryModes.ExpectReplies);
        turnContext.TurnState.Set(DeliveryKey, delivery);
        var failed = false;
        try
        {
            await RunPipelineAsync(turnContext, callback, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failed = true;
            BotTelemetry.TurnFailed(span, activity.ChannelId, ex);
            await _errorHandler.OnTurnErrorAsync(turnContext, ex, cancellationToken);
        }

        _recent.Remember(activity);
        var outcome = delivery.ToOutcome(activity.Type == ActivityTypes.Invoke);
        var label = failed ? TurnOutcomes.Error : outcome.StatusCode == 501 ? TurnOutcomes.NotImplemented : TurnOutcomes.Ok;
        BotTelemetry.TurnEnded(span, activity.ChannelId, label, outcome.StatusCode, Stopwatch.GetElapsedTime(started));
        return outcome;
    }

    public override async Task<IReadOnlyList<ResourceResponse?>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var delivery = turnContext.TurnState.Get(DeliveryKey) ?? throw new InvalidOperationException("The turn was not started by this adapter.");
        var responses = new List<ResourceResponse?>(activities.Count);
        foreach (var outgoing in activities)
        {
            responses.Add(await DeliverAsync(turnContext.Activity, outgoing, delivery, cancellationToken));
        }

        return responses;
    }

    public override Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activity);
        var incoming = turnContext.Activity;
        return _connector.UpdateActivityAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, activity.Id!, activity, cancellationToken);
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var incoming = turnContext.Activity;
        return _connector.DeleteActivityAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, activityId, cancellationToken);
    }

    private async Task<ResourceResponse?> DeliverAsync(Activity incoming, Activity outgoing, TurnDelivery delivery, CancellationToken cancellationToken)
    {
        if (outgoing.Type == ActivityTypes.InvokeResponse)
        {
            delivery.InvokeResponse = outgoing.Value is { } value ? value.Deserialize(BotJsonContext.Default.InvokeResponse) : null;
            return null;
        }

        // Protocol doc §1.4: trace activities are for the Emulator only.
        if (outgoing.Type == ActivityTypes.Trace && incoming.ChannelId != Channels.Emulator)
        {
            return null;
        }

        if (delivery.ExpectReplies)
        {
            delivery.Replies.Add(outgoing);
            return new ResourceResponse();
        }

        var conversationId = outgoing.Conversation?.Id ?? incoming.Conversation!.Id!;
        var serviceUrl = incoming.ServiceUrl!;
        try
        {
            return string.IsNullOrEmpty(outgoing.ReplyToId)
                ? await _connector.SendToConversationAsync(serviceUrl, conversationId, outgoing, cancellationToken)
                : await _connector.ReplyToActivityAsync(serviceUrl, conversationId, outgoing.ReplyToId, outgoing, cancellationToken);
        }
        catch (ConnectorException)
        {
            delivery.Undelivered = true;
            throw;
        }
    }

    private sealed class TurnDelivery(bool expectReplies)
    {
        public bool ExpectReplies { get; } = expectReplies;

        public List<Activity> Replies { get; } = [];

        public InvokeResponse? InvokeResponse { get; set; }

        /// <summary>A reply failed for good; the channel is told with a 5xx (issue 12), so it can retry or report it.</summary>
        public bool Undelivered { get; set; }

        // expectReplies takes precedence over invoke handling (protocol doc §2.6).
        public TurnOutcome ToOutcome(bool isInvoke) => (ExpectReplies, isInvoke, InvokeResponse) switch
        {
            _ when Undelivered => TurnOutcome.BadGateway,
            (true, _, _) => new TurnOutcome(200, new ExpectedReplies { Activities = Replies }),
            (false, true, null) => TurnOutcome.NotImplemented,
            (false, true, { } invoke) => new TurnOutcome(invoke.Status, InvokeBody: invoke.Body),
            _ => TurnOutcome.Ok,
        };
    }
}
