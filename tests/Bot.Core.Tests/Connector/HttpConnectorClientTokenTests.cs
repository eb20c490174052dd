using System.Net;
using Bot.Core.Connector;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Connector;

/// <summary>The bearer token: none without an app id; a refused token is refreshed once, never in a loop.</summary>
public sealed class HttpConnectorClientTokenTests : ConnectorClientTestBase
{
    [Fact]
    public async Task Send_WithoutAppId_SendsNoAuthorizationHeader()
    {
        Handler.Enqueue(HttpStatusCode.OK, "{}");

        await CreateSut(token: null).SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken);

        Assert.Null(Handler.Requests.Single().Authorization);
    }

    [Fact]
    public async Task Send_WithToken_SendsBearerHeaderAndCamelCaseBody()
    {
        Handler.Enqueue(HttpStatusCode.OK, "{}");

        await CreateSut(token: "tok").SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken);

        var request = Handler.Requests.Single();
        Assert.Equal("Bearer tok", request.Authorization);
        Assert.Contains("\"replyToId\":\"a1\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_TokenRefused_RetriesOnceWithAFreshToken()
    {
        var tokens = new RotatingTokens();
        Handler.Enqueue(HttpStatusCode.Unauthorized, "");
        Handler.Enqueue(HttpStatusCode.OK, "{\"id\":\"ok\"}");

        var response = await CreateSut(tokens)
            .SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken);

        Assert.Equal("ok", response!.Id);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], Handler.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Send_FreshTokenRefusedToo_FailsWithoutLooping()
    {
        var tokens = new RotatingTokens();
        Handler.Enqueue(HttpStatusCode.Forbidden, "");
        Handler.Enqueue(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotAuthorized","message":"no"}}""");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => CreateSut(tokens)
            .SendToConversationAsync("http://localhost:1", "conv-7", Reply(), TestContext.Current.CancellationToken));

        Assert.Equal((403, "BotNotAuthorized"), (failure.StatusCode, failure.ErrorCode));
        Assert.Equal(2, Handler.Requests.Count);
        Assert.Equal(LogIds.Hash("conv-7"), Assert.Single(Logger.Records, r => r.Level == LogLevel.Error).Fields["ConversationHash"]);
    }

    [Fact]
    public async Task Send_WithoutAppId_Unauthorized_FailsAtOnce()
    {
        Handler.Enqueue(HttpStatusCode.Unauthorized, "");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => CreateSut(token: null).SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken));

        Assert.Equal(401, failure.StatusCode);
        Assert.Single(Handler.Requests);
    }
}
