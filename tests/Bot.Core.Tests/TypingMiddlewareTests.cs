using Bot.Core.Authentication;
using Bot.Core.Connector;
using Bot.Core.Hosting;
using Bot.Core.Schema;
using Bot.Core.State;
using Bot.Core.Turns;
using Bot.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests;

/// <summary>Issue 12: a slow turn shows a typing indicator before its reply; a quick one, or one answered in the HTTP response, does not.</summary>
public sealed class TypingMiddlewareTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly SignallingConnector _connector = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CloudAdapter CreateSut() => new(
        new AnonymousChannelAuthenticator(),
        _connector,
        [new TypingMiddleware(Options.Create(new TypingOptions()), _time, new RecordingLogger<TypingMiddleware>())],
        new ResetConversationErrorHandler(new ConversationState(new MemoryStorage()), new RecordingLogger<ResetConversationErrorHandler>()),
        new ConversationGate(),
        new RecordingLogger<CloudAdapter>());

    /// <summary>A user's message; only what the adapter and the middleware read is set.</summary>
    private static Activity Incoming(string channel = Channels.WebChat, string? deliveryMode = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = channel,
        ServiceUrl = "http://localhost:5000",
        Conversation = new ConversationAccount("conv-1"),
        DeliveryMode = deliveryMode,
    };

    [Theory]
    [InlineData(Channels.WebChat)]
    [InlineData(Channels.DirectLine)]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.MsTeams)]
    public async Task SlowTurn_SendsTypingBeforeTheReply(string channel)
    {
        await CreateSut().ProcessActivityAsync(null, Incoming(channel), async (turn, ct) =>
        {
            _time.Advance(TimeSpan.FromMilliseconds(500));
            await _connector.TypingSent(1);
            await turn.SendActivityAsync("done", ct);
        }, Ct);

        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], _connector.Types());
        Assert.Equal("in-1", _connector.Sent[0].ReplyToId);
    }

    [Fact]
    public async Task TurnLongerThanThePeriod_RepeatsTyping_AndStopsWithTheTurn()
    {
        await CreateSut().ProcessActivityAsync(null, Incoming(), async (turn, ct) =>
        {
            _time.Advance(TimeSpan.FromMilliseconds(500));
            await _connector.TypingSent(1);
            _time.Advance(TimeSpan.FromSeconds(2));
            await _connector.TypingSent(2);
            await turn.SendActivityAsync("done", ct);
        }, Ct);
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Typing, ActivityTypes.Message], _connector.Types());
    }

    [Fact]
    public async Task QuickTurn_SendsNoTyping()
    {
        await CreateSut().ProcessActivityAsync(null, Incoming(), async (turn, ct) =>
        {
            _time.Advance(TimeSpan.FromMilliseconds(499));
            await turn.SendActivityAsync("done", ct);
        }, Ct);
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal([ActivityTypes.Message], _connector.Types());
    }

    [Fact]
    public async Task ExpectReplies_SlowTurn_ReturnsNoTypingAmongTheReplies()
    {
        var outcome = await CreateSut().ProcessActivityAsync(null, Incoming(deliveryMode: DeliveryModes.ExpectReplies), async (turn, ct) =>
        {
            _time.Advance(TimeSpan.FromSeconds(5));
            await turn.SendActivityAsync("done", ct);
        }, Ct);

        Assert.Equal([ActivityTypes.Message], outcome.Replies!.Activities!.Select(a => a.Type ?? ""));
        Assert.Empty(_connector.Sent);
    }

    [Fact]
    public async Task ChannelWithoutTyping_SlowTurn_SendsNoTyping()
    {
        await CreateSut().ProcessActivityAsync(null, Incoming("slack"), async (turn, ct) =>
        {
            _time.Advance(TimeSpan.FromSeconds(5));
            await turn.SendActivityAsync("done", ct);
        }, Ct);

        Assert.Equal([ActivityTypes.Message], _connector.Types());
    }

    /// <summary>Records what was delivered, and lets a test await the n-th typing activity.</summary>
    private sealed class SignallingConnector : IConnectorClient
    {
        private readonly List<TaskCompletionSource> _typing = [.. Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))];
        private int _typingCount;

        public List<Activity> Sent { get; } = [];

        public string[] Types()
        {
            lock (Sent)
            {
                return [.. Sent.Select(a => a.Type ?? "")];
            }
        }

        public Task TypingSent(int count) => _typing[count - 1].Task.WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System);

        public Task<ResourceResponse?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) => Record(activity);

        public Task<ResourceResponse?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => Record(activity);

        public Task<ResourceResponse?> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => Record(activity);

        public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;

        private Task<ResourceResponse?> Record(Activity activity)
        {
            lock (Sent)
            {
                Sent.Add(activity);
            }

            if (activity.Type == ActivityTypes.Typing)
            {
                _typing[Interlocked.Increment(ref _typingCount) - 1].TrySetResult();
            }

            return Task.FromResult<ResourceResponse?>(new ResourceResponse("sent"));
        }
    }
}
