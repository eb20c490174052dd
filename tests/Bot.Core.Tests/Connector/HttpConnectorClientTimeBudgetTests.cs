using System.Net;
using Bot.Core.Connector;

namespace Bot.Core.Tests.Connector;

/// <summary>Issue 13: a reply gives up within the turn's time budget, however the channel stalls.</summary>
public sealed class HttpConnectorClientTimeBudgetTests : ConnectorClientTestBase
{
    [Fact]
    public async Task Send_ChannelNeverAnswers_GivesUpWithinTheTurnsBudget()
    {
        for (var i = 0; i <= ConnectorHttp.MaxRetries; i++)
        {
            Handler.EnqueueHang();
        }

        var start = Time.GetUtcNow();

        await Assert.ThrowsAsync<ConnectorException>(() => RunWithClockAsync(CreateSut().SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken)));

        // Without the turn's budget every attempt would time out in turn (4 × 4 s); the fake clock runs on while
        // the client reacts, so on a loaded machine it may pass the 8 s budget by a few of its steps.
        var withoutBudget = ConnectorHttp.AttemptTimeout * (ConnectorHttp.MaxRetries + 1);
        Assert.InRange(Time.GetUtcNow() - start, ConnectorHttp.AttemptTimeout, withoutBudget - TimeSpan.FromSeconds(1));
        var retry = Assert.Single(Logger.Records, r => r.EventId == 1020);
        Assert.Equal(LogIds.Hash("c"), retry.Fields["ConversationHash"]);
    }

    [Fact]
    public async Task Send_ThrottledLongerThanTheBudget_GivesUpWithinTheBudget()
    {
        // Issue 13, R5: each Retry-After: 20 used to be waited (capped) up to three times, a minute per reply.
        for (var i = 0; i <= ConnectorHttp.MaxRetries; i++)
        {
            Handler.Enqueue(HttpStatusCode.TooManyRequests, "", retryAfterSeconds: 20);
        }

        var start = Time.GetUtcNow();

        await Assert.ThrowsAsync<ConnectorException>(() => RunWithClockAsync(CreateSut().SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken)));

        // The fake clock runs on while the client reacts, so on a loaded machine it can pass the budget by a
        // few steps; what the user must never see is the 20 s Retry-After waited out, even once.
        Assert.True(Time.GetUtcNow() - start < TimeSpan.FromSeconds(20), $"gave up after {Time.GetUtcNow() - start}");
        Assert.Single(Handler.Requests);
    }
}
