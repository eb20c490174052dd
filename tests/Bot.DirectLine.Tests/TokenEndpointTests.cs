using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Bot.DirectLine.Tests;

/// <summary>Token lifetime over HTTP: expiry, refresh, and what an expired token can still do (nothing).</summary>
public sealed class TokenEndpointTests : IAsyncLifetime
{
    private DirectLineHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _host = await DirectLineHost.StartAsync(Ct, "--DirectLine:TokenLifetime=00:10:00", "--DirectLine:MaxConversations=2");

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private async Task<HttpStatusCode> ReadStatusAsync(string conversationId, string token)
    {
        using var response = await _host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token, null, Ct);
        return response.StatusCode;
    }

    [Fact]
    public async Task Generate_GivesAConfiguredLifetimeAndNoStreamUrl()
    {
        using var response = await _host.Client.PostAsync("/v3/directline/tokens/generate", null, Ct);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(600, (int)body["expires_in"]!);
        Assert.False(body.ContainsKey("streamUrl"));
    }

    [Fact]
    public async Task Token_AfterItsLifetime_Gets403()
    {
        var (conversationId, token, _) = await _host.StartConversationAsync(Ct);

        _host.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(HttpStatusCode.Forbidden, await ReadStatusAsync(conversationId, token));
    }

    [Fact]
    public async Task Refresh_BeforeExpiry_GivesANewTokenForTheSameConversationThatOutlivesTheOld()
    {
        var (conversationId, token, _) = await _host.StartConversationAsync(Ct);
        _host.Time.Advance(TimeSpan.FromMinutes(8));

        using var response = await _host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token, null, Ct);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        _host.Time.Advance(TimeSpan.FromMinutes(8));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(conversationId, (string)body["conversationId"]!);
        Assert.NotEqual(token, (string)body["token"]!);
        Assert.Equal(HttpStatusCode.OK, await ReadStatusAsync(conversationId, (string)body["token"]!));
        Assert.Equal(HttpStatusCode.Forbidden, await ReadStatusAsync(conversationId, token));
    }

    [Fact]
    public async Task Refresh_AfterExpiry_Gets403()
    {
        var (_, token, _) = await _host.StartConversationAsync(Ct);
        _host.Time.Advance(TimeSpan.FromMinutes(11));

        using var response = await _host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token, null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Start_WhenFull_Gets429_UntilOldConversationsExpireAndAreEvicted()
    {
        await _host.StartConversationAsync(Ct);
        await _host.StartConversationAsync(Ct);
        var (_, third) = await _host.GenerateTokenAsync(Ct);

        using var refused = await _host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", third, null, Ct);
        _host.Time.Advance(TimeSpan.FromMinutes(10));
        var (_, fourth) = await _host.GenerateTokenAsync(Ct);
        using var accepted = await _host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", fourth, null, Ct);

        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.Created), (refused.StatusCode, accepted.StatusCode));
    }

    [Fact]
    public async Task Start_WhenFull_AdmitsANewVisitor_OnceAnOldConversationHasBeenIdle_ThoughItsTokenIsStillValid()
    {
        await using var host = await DirectLineHost.StartAsync(Ct, "--DirectLine:TokenLifetime=01:00:00", "--DirectLine:MaxConversations=1", "--DirectLine:IdleTimeout=00:05:00");
        var (idleId, idleToken, _) = await host.StartConversationAsync(Ct);
        var (_, second) = await host.GenerateTokenAsync(Ct);
        using var refused = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", second, null, Ct);

        host.Time.Advance(TimeSpan.FromMinutes(5));
        var (_, third) = await host.GenerateTokenAsync(Ct);
        using var accepted = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", third, null, Ct);
        using var evicted = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{idleId}/activities", idleToken, null, Ct);

        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.Created, HttpStatusCode.NotFound), (refused.StatusCode, accepted.StatusCode, evicted.StatusCode));
    }

    [Fact]
    public async Task Generate_MoreOftenThanTheLimitFromOneClient_Gets429_AlsoForTheWebChatToken()
    {
        await using var host = await DirectLineHost.StartAsync(Ct, "--DirectLine:TokensPerMinutePerClient=2");

        using var first = await host.Client.PostAsync("/v3/directline/tokens/generate", null, Ct);
        using var second = await host.Client.PostAsync("/api/webchat/token", null, Ct);
        using var third = await host.Client.PostAsync("/v3/directline/tokens/generate", null, Ct);
        using var fourth = await host.Client.PostAsync("/api/webchat/token", null, Ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], [first.StatusCode, second.StatusCode, third.StatusCode, fourth.StatusCode]);
        Assert.Equal("Throttled", (string)(await third.Content.ReadFromJsonAsync<JsonObject>(Ct))!["error"]!["code"]!);
        Assert.NotNull(third.Headers.RetryAfter);
    }

    [Fact]
    public async Task Refresh_MoreOftenThanTheLimitFromOneClient_Gets429()
    {
        await using var host = await DirectLineHost.StartAsync(Ct, "--DirectLine:TokensPerMinutePerClient=3");
        var (_, token) = await host.GenerateTokenAsync(Ct);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token, null, Ct);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Generate_WithDefaults_AllowsThirtyTokensAMinutePerClient()
    {
        await using var host = await DirectLineHost.StartAsync(Ct);

        for (var i = 0; i < 30; i++)
        {
            using var response = await host.Client.PostAsync("/v3/directline/tokens/generate", null, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var over = await host.Client.PostAsync("/v3/directline/tokens/generate", null, Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
    }
}
