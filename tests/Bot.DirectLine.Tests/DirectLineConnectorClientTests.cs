using Bot.Core.Connector;
using Bot.Core.Schema;
using Bot.DirectLine.Conversations;
using Bot.DirectLine.Tokens;
using Bot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.DirectLine.Tests;

/// <summary>Where the bot's replies go: in process for Direct Line serviceUrls, never out to a client-chosen host.</summary>
public sealed class DirectLineConnectorClientTests
{
    private const string DirectLineServiceUrl = DirectLineConnectorClient.ServiceUrl;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingConnector _inner = new();
    private ConversationStore _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private DirectLineConnectorClient CreateSut()
    {
        _store = new ConversationStore(Options.Create(new DirectLineOptions()), _time, NullLogger<ConversationStore>.Instance);
        return new DirectLineConnectorClient(_inner, _store);
    }

    [Fact]
    public async Task Send_ToAHeldConversation_AppendsItInProcess()
    {
        var sut = CreateSut();
        var (conversation, _) = _store.GetOrCreate(new DirectLineToken("conv", "dl_user", _time.GetUtcNow().AddMinutes(30)), "127.0.0.1");

        var response = await sut.SendToConversationAsync(DirectLineServiceUrl, "conv", Message("hi"), Ct);

        Assert.Equal("conv|0000001", response!.Id);
        Assert.Contains("\"hi\"", System.Text.Encoding.UTF8.GetString(conversation!.ActivitiesAfter(null)), StringComparison.Ordinal);
        Assert.Empty(_inner.Calls);
    }

    [Fact]
    public async Task EveryOperation_ForADirectLineConversationThatIsGone_Fails404WithoutAnHttpCall()
    {
        var sut = CreateSut();

        var send = await Assert.ThrowsAsync<ConnectorException>(() => sut.SendToConversationAsync(DirectLineServiceUrl, "gone", Message("hi"), Ct));
        var reply = await Assert.ThrowsAsync<ConnectorException>(() => sut.ReplyToActivityAsync(DirectLineServiceUrl, "gone", "gone|0000001", Message("hi"), Ct));
        var update = await Assert.ThrowsAsync<ConnectorException>(() => sut.UpdateActivityAsync(DirectLineServiceUrl, "gone", "gone|0000001", Message("hi"), Ct));
        var delete = await Assert.ThrowsAsync<ConnectorException>(() => sut.DeleteActivityAsync(DirectLineServiceUrl, "gone", "gone|0000001", Ct));

        Assert.Equal([404, 404, 404, 404], new[] { send.StatusCode, reply.StatusCode, update.StatusCode, delete.StatusCode });
        Assert.Empty(_inner.Calls);
    }

    [Fact]
    public async Task Send_ToAnotherChannelsServiceUrl_GoesToTheRealConnector()
    {
        var sut = CreateSut();

        await sut.SendToConversationAsync("https://smba.trafficmanager.net/emea/", "gone", Message("hi"), Ct);

        Assert.Equal("https://smba.trafficmanager.net/emea/", Assert.Single(_inner.Calls).ServiceUrl);
    }

    [Fact]
    public async Task Send_ToAServiceUrlThatOnlyLooksLikeDirectLine_IsNotDeliveredInProcess()
    {
        var sut = CreateSut();
        _store.GetOrCreate(new DirectLineToken("conv", "dl_user", _time.GetUtcNow().AddMinutes(30)), "127.0.0.1");

        await sut.SendToConversationAsync("http://127.0.0.1:3978/directline/", "conv", Message("hi"), Ct);

        Assert.Equal("http://127.0.0.1:3978/directline/", Assert.Single(_inner.Calls).ServiceUrl);
    }
}
