using System.Text.Json;
using Bot.Core.Authentication;
using Bot.Core.Connector;
using Bot.Core.Hosting;
using Bot.Core.Schema;
using Bot.Core.State;
using Bot.Core.Turns;
using Bot.Testing;

namespace Bot.Core.Tests;

public sealed class CloudAdapterTests
{
    private readonly RecordingConnector _connector = new();
    private readonly MemoryStorage _storage = new();
    private readonly ConversationState _state;
    private readonly RecordingLogger<ResetConversationErrorHandler> _errorLog = new();

    public CloudAdapterTests() => _state = new ConversationState(_storage);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CloudAdapter CreateSut(IChannelAuthenticator? authenticator = null, params IMiddleware[] middleware) => new(
        authenticator ?? new AnonymousChannelAuthenticator(),
        _connector,
        middleware,
        new ResetConversationErrorHandler(_state, _errorLog),
        new ConversationGate(),
        new RecordingLogger<CloudAdapter>());

    private static Activity Incoming(string type = ActivityTypes.Message, string channel = Channels.Emulator, string? deliveryMode = null) => new()
    {
        Type = type,
        Id = "in-1",
        ChannelId = channel,
        ServiceUrl = "http://localhost:5000",
        From = new ChannelAccount("user-1"),
        Recipient = new ChannelAccount("bot-1"),
        Conversation = new ConversationAccount("conv-1"),
        DeliveryMode = deliveryMode,
        Text = "hi",
    };

    private static BotCallbackHandler Says(params string[] texts) => async (turn, ct) =>
    {
        foreach (var text in texts)
        {
            await turn.SendActivityAsync(text, ct);
        }
    };

    [Fact]
    public async Task Message_NormalDelivery_RepliesThroughTheConnectorInOrder()
    {
        var outcome = await CreateSut().ProcessActivityAsync(null, Incoming(), Says("one", "two"), Ct);

        Assert.Equal(TurnOutcome.Ok, outcome);
        Assert.Equal(["one", "two"], _connector.Calls.Select(c => c.Activity!.Text));
        Assert.All(_connector.Calls, c => Assert.Equal(("reply", "http://localhost:5000", "conv-1", "in-1"), (c.Operation, c.ServiceUrl, c.ConversationId, c.ActivityId)));
    }

    [Fact]
    public async Task ConversationUpdateOnDirectLine_Welcome_GoesBySendToConversation()
    {
        await CreateSut().ProcessActivityAsync(null, Incoming(ActivityTypes.ConversationUpdate, Channels.DirectLine), Says("welcome"), Ct);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal(("send", null), (call.Operation, call.Activity!.ReplyToId));
    }

    [Fact]
    public async Task ExpectReplies_BuffersRepliesAndNeverCallsTheConnector()
    {
        var outcome = await CreateSut().ProcessActivityAsync(null, Incoming(deliveryMode: DeliveryModes.ExpectReplies), Says("one", "two"), Ct);

        Assert.Equal(200, outcome.StatusCode);
        Assert.Equal(["one", "two"], outcome.Replies!.Activities.Select(a => a.Text));
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Invoke_WithResponse_ReturnsItsStatusAndBody()
    {
        BotCallbackHandler answer = (turn, ct) => turn.SendInvokeResponseAsync(
            new InvokeResponse { Status = 200, Body = JsonDocument.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Thanks!"}""").RootElement }, ct);

        var outcome = await CreateSut().ProcessActivityAsync(null, Incoming(ActivityTypes.Invoke), answer, Ct);

        Assert.Equal(200, outcome.StatusCode);
        Assert.Equal("Thanks!", outcome.InvokeBody!.Value.GetProperty("value").GetString());
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Invoke_Unhandled_Returns501()
    {
        var outcome = await CreateSut().ProcessActivityAsync(null, Incoming(ActivityTypes.Invoke), (_, _) => Task.CompletedTask, Ct);

        Assert.Equal(501, outcome.StatusCode);
    }

    [Fact]
    public async Task UnknownActivityType_IsAcknowledgedWithoutRunningTheBot()
    {
        var ran = false;

        var outcome = await CreateSut().ProcessActivityAsync(null, Incoming("somethingNew"), (_, _) => Task.FromResult(ran = true), Ct);

        Assert.Equal((200, false), (outcome.StatusCode, ran));
    }

    [Fact]
    public async Task Token_WhenNoAppIdConfigured_IsRejectedAndTheBotNeverRuns()
    {
        var ran = false;

        var outcome = await CreateSut().ProcessActivityAsync("Bearer abc.def.ghi", Incoming(), (_, _) => Task.FromResult(ran = true), Ct);

        Assert.Equal((401, false), (outcome.StatusCode, ran));
    }

    [Theory]
    [InlineData(Channels.Emulator, 1)]
    [InlineData(Channels.MsTeams, 0)]
    public async Task Trace_IsDeliveredToTheEmulatorOnly(string channel, int expected)
    {
        await CreateSut().ProcessActivityAsync(null, Incoming(channel: channel), (turn, ct) => turn.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "t" }, ct), Ct);

        Assert.Equal(expected, _connector.Calls.Count);
    }

    [Fact]
    public async Task Middleware_RunsLeadingEdgesInOrderAndTrailingEdgesInReverse()
    {
        var log = new List<string>();
        var sut = CreateSut(null, new Recorder("a", log), new Recorder("b", log));

        await sut.ProcessActivityAsync(null, Incoming(), (_, _) => { log.Add("bot"); return Task.CompletedTask; }, Ct);

        Assert.Equal(["a>", "b>", "bot", "<b", "<a"], log);
    }

    [Fact]
    public async Task BotThrows_StateIsDeletedAndTheUserIsOfferedAFreshStart()
    {
        var sut = CreateSut();
        await SaveSomeStateAsync(sut);

        var outcome = await sut.ProcessActivityAsync(null, Incoming(), (_, _) => throw new InvalidOperationException("bug"), Ct);

        Assert.Equal(200, outcome.StatusCode);
        var reply = Assert.Single(_connector.Calls, c => c.Activity!.Type == ActivityTypes.Message).Activity!;
        Assert.Equal(ResetConversationErrorHandler.ResetMessage, reply.Text);
        Assert.Equal(ResetConversationErrorHandler.StartOverButton, reply.SuggestedActions!.Actions![0].Title);
        Assert.Contains(_connector.Calls, c => c.Activity!.Type == ActivityTypes.Trace);
        Assert.Empty(await _storage.ReadAsync(["emulator/conversations/conv-1"], Ct));
        Assert.Contains(_errorLog.Records, r => r.EventId == 1010 && (string?)r.Fields["ConversationHash"] == LogIds.Hash("conv-1"));
    }

    [Fact]
    public async Task ConversationKeptBusyByAnotherInstance_StateIsKeptAndTheUserAskedToResend()
    {
        var sut = CreateSut();
        await SaveSomeStateAsync(sut);

        await sut.ProcessActivityAsync(null, Incoming(), (_, _) => throw new ConversationBusyException("busy"), Ct);

        var reply = Assert.Single(_connector.Calls, c => c.Activity!.Type == ActivityTypes.Message).Activity!;
        Assert.Equal(ResetConversationErrorHandler.RaceMessage, reply.Text);
        Assert.NotEmpty(await _storage.ReadAsync(["emulator/conversations/conv-1"], Ct));
    }

    [Fact]
    public async Task ConnectorDown_FailureIsLoggedAndStateIsKept()
    {
        var sut = CreateSut();
        await SaveSomeStateAsync(sut);
        _connector.FailWith = new ConnectorException("down", 503, null);

        var outcome = await sut.ProcessActivityAsync(null, Incoming(), Says("lost"), Ct);

        Assert.Equal(502, outcome.StatusCode);
        Assert.NotEmpty(await _storage.ReadAsync(["emulator/conversations/conv-1"], Ct));
        Assert.Contains(_errorLog.Records, r => r.EventId == 1011 && (string?)r.Fields["ConversationHash"] == LogIds.Hash("conv-1"));
        Assert.DoesNotContain(_errorLog.Records, r => r.Message.Contains("conv-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConnectorDown_TheTurnsOwnStateChangesAreSaved()
    {
        // Issue 13, D1: the answer the user gave in the turn whose reply failed is not lost.
        var sut = CreateSut();
        var state = _state;
        var counter = state.CreateProperty("counter", StateTestJson.Default.Counter);
        _connector.FailWith = new ConnectorException("timed out", null, null);

        await sut.ProcessActivityAsync(null, Incoming(), async (turn, ct) =>
        {
            (await counter.GetAsync(turn, () => new Counter(), ct)).Value = 7;
            await turn.SendActivityAsync("next question", ct);
            await state.SaveChangesAsync(turn, false, ct);
        }, Ct);

        var stored = (await _storage.ReadAsync(["emulator/conversations/conv-1"], Ct))["emulator/conversations/conv-1"];
        Assert.Equal(7, stored.Value.GetProperty("counter").GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task RepeatedActivity_IsAcknowledgedWithoutRunningTheTurnAgain()
    {
        var sut = CreateSut();
        var turns = 0;
        BotCallbackHandler count = (_, _) =>
        {
            turns++;
            return Task.CompletedTask;
        };

        var first = await sut.ProcessActivityAsync(null, Incoming(), count, Ct);
        var repeat = await sut.ProcessActivityAsync(null, Incoming(), count, Ct);
        var other = Incoming();
        other.Id = "in-2";
        await sut.ProcessActivityAsync(null, other, count, Ct);

        Assert.Equal((200, 200, 2), (first.StatusCode, repeat.StatusCode, turns));
    }

    [Fact]
    public async Task RepeatedExpectRepliesActivity_RunsAgain_ForItsAnswerIsInTheResponse()
    {
        var sut = CreateSut();

        await sut.ProcessActivityAsync(null, Incoming(deliveryMode: DeliveryModes.ExpectReplies), Says("one"), Ct);
        var repeat = await sut.ProcessActivityAsync(null, Incoming(deliveryMode: DeliveryModes.ExpectReplies), Says("one"), Ct);

        Assert.Equal(["one"], repeat.Replies!.Activities.Select(a => a.Text));
    }

    /// <summary>One successful turn that leaves conversation state behind, for tests that check it survives or not.</summary>
    private async Task SaveSomeStateAsync(CloudAdapter sut)
    {
        var state = new ConversationState(_storage);
        var counter = state.CreateProperty("counter", StateTestJson.Default.Counter);
        var setup = Incoming();
        setup.Id = "setup-1";
        await sut.ProcessActivityAsync(null, setup, async (turn, ct) =>
        {
            (await counter.GetAsync(turn, () => new Counter(), ct)).Value = 3;
            await state.SaveChangesAsync(turn, false, ct);
        }, Ct);
        Assert.NotEmpty(await _storage.ReadAsync(["emulator/conversations/conv-1"], Ct));
    }

    private sealed class Recorder(string name, List<string> log) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            log.Add(name + ">");
            await next(cancellationToken);
            log.Add("<" + name);
        }
    }
}
