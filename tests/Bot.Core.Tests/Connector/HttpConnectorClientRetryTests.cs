using System.Net;
using Bot.Core.Connector;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Connector;

/// <summary>Which failures are retried (throttling, server errors, HttpClient time-outs) and which fail at once.</summary>
public sealed class HttpConnectorClientRetryTests : ConnectorClientTestBase
{
    [Fact]
    public async Task Send_Throttled_WaitsRetryAfterThenSucceeds()
    {
        Handler.Enqueue(HttpStatusCode.TooManyRequests, "", retryAfterSeconds: 5);
        Handler.Enqueue(HttpStatusCode.OK, "{\"id\":\"ok\"}");
        var start = Time.GetUtcNow();

        var response = await RunWithClockAsync(CreateSut().SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken));

        Assert.Equal("ok", response!.Id);
        Assert.Equal(2, Handler.Requests.Count);
        Assert.True(Handler.Requests[1].At - start >= TimeSpan.FromSeconds(5), $"retried after {Handler.Requests[1].At - start}");
    }

    [Fact]
    public async Task Send_PersistentServerError_GivesUpAfterRetriesAndLogsTheConversation()
    {
        for (var i = 0; i <= ConnectorHttp.MaxRetries; i++)
        {
            Handler.Enqueue(HttpStatusCode.ServiceUnavailable, """{"error":{"code":"ServiceError","message":"down"}}""");
        }

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => RunWithClockAsync(CreateSut().SendToConversationAsync("http://localhost:1", "conv-42", Reply(), TestContext.Current.CancellationToken)));

        Assert.Equal((503, "ServiceError"), (failure.StatusCode, failure.ErrorCode));
        Assert.Equal(ConnectorHttp.MaxRetries + 1, Handler.Requests.Count);
        var error = Assert.Single(Logger.Records, r => r.Level == LogLevel.Error);
        Assert.Equal(LogIds.Hash("conv-42"), error.Fields["ConversationHash"]);
        Assert.DoesNotContain(Logger.Records, r => r.Message.Contains("conv-42", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_BadRequest_FailsAtOnceWithoutRetry()
    {
        Handler.Enqueue(HttpStatusCode.BadRequest, "<html>not json</html>");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => CreateSut().SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken));

        Assert.Equal(400, failure.StatusCode);
        Assert.Single(Handler.Requests);
    }

    [Fact]
    public async Task Send_HttpClientTimesOut_IsADeliveryFailureNotABug()
    {
        // Issue 13, D1: HttpClient's time-out surfaces as TaskCanceledException; the turn must see a ConnectorException.
        for (var i = 0; i <= ConnectorHttp.MaxRetries; i++)
        {
            Handler.EnqueueClientTimeout();
        }

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => RunWithClockAsync(CreateSut().SendToConversationAsync("http://localhost:1", "conv-9", Reply(), TestContext.Current.CancellationToken)));

        Assert.Null(failure.StatusCode);
        Assert.All(Logger.Records, r => Assert.Equal(LogIds.Hash("conv-9"), r.Fields["ConversationHash"]));
    }
}
