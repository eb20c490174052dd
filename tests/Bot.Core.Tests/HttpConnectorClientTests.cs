using System.Net;
using System.Threading.Channels;
using Bot.Core.Authentication;
using Bot.Core.Connector;
using Bot.Core.Schema;
using Bot.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests;

public sealed class HttpConnectorClientTests : IDisposable
{
    private readonly TimerSignallingClock _time = new();
    private readonly ScriptedHandler _handler;

    public HttpConnectorClientTests() => _handler = new ScriptedHandler { Clock = _time };

    public void Dispose() => _handler.Dispose();
    private readonly RecordingLogger<HttpConnectorClient> _logger = new();

    private HttpConnectorClient CreateSut(string? token = null) => new(new SingleClientFactory(_handler), new FixedToken(token), _time, _logger);

    private static Activity Reply() => new() { Type = ActivityTypes.Message, Text = "hi", ReplyToId = "a1" };

    /// <summary>Each retry waits on a timer of the fake clock: whenever the client sets one, moves the clock past it.</summary>
    private async Task<T> RunWithClockAsync<T>(Task<T> task)
    {
        while (await Task.WhenAny(task, _time.WaitForTimerAsync(TestContext.Current.CancellationToken)) != task)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        return await task;
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, "{\"id\":\"r1\"}", "r1")]
    [InlineData(HttpStatusCode.Created, "{\"id\":\"r2\"}", "r2")]
    [InlineData(HttpStatusCode.Accepted, "", null)]
    [InlineData(HttpStatusCode.OK, "{}", null)]
    [InlineData(HttpStatusCode.OK, "not json", null)]
    public async Task Reply_AnySuccessStatus_IsDeliveredWithOptionalId(HttpStatusCode status, string body, string? expectedId)
    {
        _handler.Enqueue(status, body);

        var response = await CreateSut().ReplyToActivityAsync("https://smba.trafficmanager.net/teams/", "19:a@thread.skype", "a1", Reply(), TestContext.Current.CancellationToken);

        Assert.Equal(expectedId, response!.Id);
        Assert.Equal("https://smba.trafficmanager.net/teams/v3/conversations/19%3Aa%40thread.skype/activities/a1", _handler.Requests.Single().Uri);
    }

    [Fact]
    public async Task Send_Throttled_WaitsRetryAfterThenSucceeds()
    {
        _handler.Enqueue(HttpStatusCode.TooManyRequests, "", retryAfterSeconds: 5);
        _handler.Enqueue(HttpStatusCode.OK, "{\"id\":\"ok\"}");
        var start = _time.GetUtcNow();

        var response = await RunWithClockAsync(CreateSut().SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken));

        Assert.Equal("ok", response!.Id);
        Assert.Equal(2, _handler.Requests.Count);
        Assert.True(_handler.Requests[1].At - start >= TimeSpan.FromSeconds(5), $"retried after {_handler.Requests[1].At - start}");
    }

    [Fact]
    public async Task Send_PersistentServerError_GivesUpAfterRetriesAndLogsTheConversation()
    {
        for (var i = 0; i <= RetryPolicy.MaxRetries; i++)
        {
            _handler.Enqueue(HttpStatusCode.ServiceUnavailable, """{"error":{"code":"ServiceError","message":"down"}}""");
        }

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => RunWithClockAsync(CreateSut().SendToConversationAsync("http://localhost:1", "conv-42", Reply(), TestContext.Current.CancellationToken)));

        Assert.Equal((503, "ServiceError"), (failure.StatusCode, failure.ErrorCode));
        Assert.Equal(RetryPolicy.MaxRetries + 1, _handler.Requests.Count);
        var error = Assert.Single(_logger.Records, r => r.Level == LogLevel.Error);
        Assert.Equal(LogIds.Hash("conv-42"), error.Fields["ConversationId"]);
    }

    [Fact]
    public async Task Send_BadRequest_FailsAtOnceWithoutRetry()
    {
        _handler.Enqueue(HttpStatusCode.BadRequest, "<html>not json</html>");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => CreateSut().SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken));

        Assert.Equal(400, failure.StatusCode);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task Send_WithoutAppId_SendsNoAuthorizationHeader()
    {
        _handler.Enqueue(HttpStatusCode.OK, "{}");

        await CreateSut(token: null).SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken);

        Assert.Null(_handler.Requests.Single().Authorization);
    }

    [Fact]
    public async Task Send_WithToken_SendsBearerHeaderAndCamelCaseBody()
    {
        _handler.Enqueue(HttpStatusCode.OK, "{}");

        await CreateSut(token: "tok").SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken);

        var request = _handler.Requests.Single();
        Assert.Equal("Bearer tok", request.Authorization);
        Assert.Contains("\"replyToId\":\"a1\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_TokenRefused_RetriesOnceWithAFreshToken()
    {
        var tokens = new RotatingTokens();
        _handler.Enqueue(HttpStatusCode.Unauthorized, "");
        _handler.Enqueue(HttpStatusCode.OK, "{\"id\":\"ok\"}");

        var response = await new HttpConnectorClient(new SingleClientFactory(_handler), tokens, _time, _logger)
            .SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken);

        Assert.Equal("ok", response!.Id);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], _handler.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Send_FreshTokenRefusedToo_FailsWithoutLooping()
    {
        var tokens = new RotatingTokens();
        _handler.Enqueue(HttpStatusCode.Forbidden, "");
        _handler.Enqueue(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotAuthorized","message":"no"}}""");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => new HttpConnectorClient(new SingleClientFactory(_handler), tokens, _time, _logger)
            .SendToConversationAsync("http://localhost:1", "conv-7", Reply(), TestContext.Current.CancellationToken));

        Assert.Equal((403, "BotNotAuthorized"), (failure.StatusCode, failure.ErrorCode));
        Assert.Equal(2, _handler.Requests.Count);
        Assert.Equal(LogIds.Hash("conv-7"), Assert.Single(_logger.Records, r => r.Level == LogLevel.Error).Fields["ConversationId"]);
    }

    [Fact]
    public async Task Send_WithoutAppId_Unauthorized_FailsAtOnce()
    {
        _handler.Enqueue(HttpStatusCode.Unauthorized, "");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => CreateSut(token: null).SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken));

        Assert.Equal(401, failure.StatusCode);
        Assert.Single(_handler.Requests);
    }

    private sealed class FixedToken(string? token) : IAccessTokenProvider
    {
        public Task<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken) => Task.FromResult(token);

        public void Reject(string token)
        {
        }
    }

    /// <summary>Hands out token-1 until it is rejected, then token-2, and so on.</summary>
    private sealed class RotatingTokens : IAccessTokenProvider
    {
        private int _generation = 1;

        public Task<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken) => Task.FromResult<string?>($"token-{_generation}");

        public void Reject(string token)
        {
            if (token == $"token-{_generation}")
            {
                _generation++;
            }
        }
    }

    private sealed class SingleClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }

    private sealed class ScriptedHandler : HttpMessageHandler
    {
        private readonly Queue<(HttpStatusCode Status, string Body, int? RetryAfter)> _script = new();

        public List<(string Uri, string? Authorization, string Body, DateTimeOffset At)> Requests { get; } = [];

        public TimeProvider Clock { get; set; } = TimeProvider.System;

        public void Enqueue(HttpStatusCode status, string body, int? retryAfterSeconds = null) => _script.Enqueue((status, body, retryAfterSeconds));

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add((request.RequestUri!.AbsoluteUri, request.Headers.Authorization?.ToString(), body, Clock.GetUtcNow()));
            var (status, text, retryAfter) = _script.Dequeue();
            var response = new HttpResponseMessage(status) { Content = new StringContent(text) };
            if (retryAfter is { } seconds)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
            }

            return response;
        }
    }

    /// <summary>A fake clock that says when a timer is set, so a test can await that instead of polling.</summary>
    private sealed class TimerSignallingClock() : FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero))
    {
        private readonly Channel<bool> _created = Channel.CreateUnbounded<bool>();

        public Task<bool> WaitForTimerAsync(CancellationToken cancellationToken) => _created.Reader.ReadAsync(cancellationToken).AsTask();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            _created.Writer.TryWrite(true);
            return timer;
        }
    }
}
