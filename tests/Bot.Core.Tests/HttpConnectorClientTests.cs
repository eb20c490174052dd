using System.Net;
using System.Text.RegularExpressions;
using Bot.Core;
using Bot.Core.Authentication;
using Bot.Core.Connector;
using Bot.Core.Schema;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests;

public sealed class HttpConnectorClientTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly ScriptedHandler _handler;

    public HttpConnectorClientTests() => _handler = new ScriptedHandler { Clock = _time };

    public void Dispose()
    {
        _providers.ForEach(p => p.Dispose());
        _handler.Dispose();
    }
    private readonly RecordingLogger<HttpConnectorClient> _logger = new();

    private HttpConnectorClient CreateSut(string? token = null) => CreateSut(new FixedToken(token));

    /// <summary>The client as the app registers it (retries, time-outs, token handler) over the scripted handler and the fake clock.</summary>
    private HttpConnectorClient CreateSut(IAccessTokenProvider tokens)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<ILogger<HttpConnectorClient>>(_logger);
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton(tokens);
        services.AddConnectorHttpClient();
        services.AddHttpClient(HttpConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _handler);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return new HttpConnectorClient(provider.GetRequiredService<IHttpClientFactory>(), _logger);
    }

    private readonly List<ServiceProvider> _providers = [];

    private static Activity Reply() => new() { Type = ActivityTypes.Message, Text = "hi", ReplyToId = "a1" };

    private async Task<T> RunWithClockAsync<T>(Task<T> task)
    {
        for (var i = 0; i < 200 && !task.IsCompleted; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(TimeSpan.FromMilliseconds(1), TimeProvider.System, TestContext.Current.CancellationToken);
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
        for (var i = 0; i <= ConnectorHttp.MaxRetries; i++)
        {
            _handler.Enqueue(HttpStatusCode.ServiceUnavailable, """{"error":{"code":"ServiceError","message":"down"}}""");
        }

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => RunWithClockAsync(CreateSut().SendToConversationAsync("http://localhost:1", "conv-42", Reply(), TestContext.Current.CancellationToken)));

        Assert.Equal((503, "ServiceError"), (failure.StatusCode, failure.ErrorCode));
        Assert.Equal(ConnectorHttp.MaxRetries + 1, _handler.Requests.Count);
        var error = Assert.Single(_logger.Records, r => r.Level == LogLevel.Error);
        Assert.Equal(LogIds.Hash("conv-42"), error.Fields["ConversationHash"]);
        Assert.DoesNotContain(_logger.Records, r => r.Message.Contains("conv-42", StringComparison.Ordinal));
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

        var response = await CreateSut(tokens)
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

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => CreateSut(tokens)
            .SendToConversationAsync("http://localhost:1", "conv-7", Reply(), TestContext.Current.CancellationToken));

        Assert.Equal((403, "BotNotAuthorized"), (failure.StatusCode, failure.ErrorCode));
        Assert.Equal(2, _handler.Requests.Count);
        Assert.Equal(LogIds.Hash("conv-7"), Assert.Single(_logger.Records, r => r.Level == LogLevel.Error).Fields["ConversationHash"]);
    }

    [Fact]
    public async Task Send_WithoutAppId_Unauthorized_FailsAtOnce()
    {
        _handler.Enqueue(HttpStatusCode.Unauthorized, "");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => CreateSut(token: null).SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken));

        Assert.Equal(401, failure.StatusCode);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task Send_HttpClientTimesOut_IsADeliveryFailureNotABug()
    {
        // Issue 13, D1: HttpClient's time-out surfaces as TaskCanceledException; the turn must see a ConnectorException.
        for (var i = 0; i <= ConnectorHttp.MaxRetries; i++)
        {
            _handler.EnqueueClientTimeout();
        }

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => RunWithClockAsync(CreateSut().SendToConversationAsync("http://localhost:1", "conv-9", Reply(), TestContext.Current.CancellationToken)));

        Assert.Null(failure.StatusCode);
        Assert.All(_logger.Records, r => Assert.Equal(LogIds.Hash("conv-9"), r.Fields["ConversationHash"]));
    }

    [Fact]
    public async Task Send_ChannelNeverAnswers_GivesUpWithinTheTurnsBudget()
    {
        for (var i = 0; i <= ConnectorHttp.MaxRetries; i++)
        {
            _handler.EnqueueHang();
        }

        var start = _time.GetUtcNow();

        await Assert.ThrowsAsync<ConnectorException>(() => RunWithClockAsync(CreateSut().SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken)));

        Assert.InRange(_time.GetUtcNow() - start, ConnectorHttp.AttemptTimeout, ConnectorHttp.TotalTimeout + TimeSpan.FromSeconds(1));
        var retry = Assert.Single(_logger.Records, r => r.EventId == 1020);
        Assert.Equal(LogIds.Hash("c"), retry.Fields["ConversationHash"]);
    }

    [Fact]
    public async Task Send_ThrottledLongerThanTheBudget_GivesUpWithinTheBudget()
    {
        // Issue 13, R5: each Retry-After: 20 used to be waited (capped) up to three times, a minute per reply.
        for (var i = 0; i <= ConnectorHttp.MaxRetries; i++)
        {
            _handler.Enqueue(HttpStatusCode.TooManyRequests, "", retryAfterSeconds: 20);
        }

        var start = _time.GetUtcNow();

        await Assert.ThrowsAsync<ConnectorException>(() => RunWithClockAsync(CreateSut().SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken)));

        Assert.True(_time.GetUtcNow() - start <= ConnectorHttp.TotalTimeout + TimeSpan.FromSeconds(1), $"gave up after {_time.GetUtcNow() - start}");
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task Send_HugeSuccessBody_IsDeliveredWithoutReadingItAll()
    {
        // Issue 13, R4: a channel answering 200 with 200 MB used to be read whole.
        var body = new CountingStream(length: 50L * 1024 * 1024);
        _handler.Enqueue(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });

        var response = await CreateSut().SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken);

        Assert.Null(response!.Id);
        Assert.True(body.BytesRead <= 2 * HttpConnectorClient.MaxResponseBytes, $"read {body.BytesRead} bytes");
    }

    [Fact]
    public async Task Send_BodyHasAContentLengthAndTheRequestAProductUserAgent()
    {
        _handler.Enqueue(HttpStatusCode.OK, "{}");

        await CreateSut().SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken);

        var request = _handler.Requests.Single();
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(request.Body), request.Message.Content!.Headers.ContentLength);
        Assert.NotEqual(true, request.Message.Headers.TransferEncodingChunked);
        Assert.Matches(new Regex(@"^FrameworkAdvisor/\d+\.\d+\.\d+$"), request.Message.Headers.UserAgent.ToString());
    }

    /// <summary>A body of the given length that counts how much of it was read.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            Array.Fill(buffer, (byte)' ', offset, n);
            BytesRead += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
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

    private sealed class ScriptedHandler : HttpMessageHandler
    {
        private readonly Queue<Func<CancellationToken, Task<HttpResponseMessage>>> _script = new();

        public List<(string Uri, string? Authorization, string Body, DateTimeOffset At, HttpRequestMessage Message)> Requests { get; } = [];

        public TimeProvider Clock { get; set; } = TimeProvider.System;

        public void Enqueue(HttpStatusCode status, string body, int? retryAfterSeconds = null) => _script.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
            if (retryAfterSeconds is { } seconds)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
            }

            return Task.FromResult(response);
        });

        /// <summary>The channel never answers: the request waits until the bot gives up on it.</summary>
        public void EnqueueHang() => _script.Enqueue(async cancellationToken =>
        {
            var gaveUp = new TaskCompletionSource();
            using (cancellationToken.Register(() => gaveUp.TrySetResult()))
            {
                await gaveUp.Task;
            }

            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException("unreachable");
        });

        /// <summary>What HttpClient's own time-out throws: a cancellation nobody asked for.</summary>
        public void EnqueueClientTimeout() => _script.Enqueue(_ => Task.FromException<HttpResponseMessage>(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout")));

        public void Enqueue(HttpResponseMessage response) => _script.Enqueue(_ => Task.FromResult(response));

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add((request.RequestUri!.AbsoluteUri, request.Headers.Authorization?.ToString(), body, Clock.GetUtcNow(), request));
            return await _script.Dequeue()(cancellationToken);
        }
    }
}
