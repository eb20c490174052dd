using System.Net;
using System.Net.Http.Headers;
using Bot.Core.Connector;

namespace Bot.Core.Tests;

public sealed class ConnectorUrisAndRetryTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", "19:abc@thread.skype;messageid=1498171086622", "1:2",
        "https://smba.trafficmanager.net/teams/v3/conversations/19%3Aabc%40thread.skype%3Bmessageid%3D1498171086622/activities/1%3A2")]
    [InlineData("https://smba.trafficmanager.net/amer", "a:1", null, "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities")]
    [InlineData("http://localhost:50123", "c 1/x", "id", "http://localhost:50123/v3/conversations/c%201%2Fx/activities/id")]
    public void Activities_KeepsServiceUrlPathAndEscapesIds(string serviceUrl, string conversationId, string? activityId, string expected)
    {
        Assert.Equal(expected, ConnectorUris.Activities(serviceUrl, conversationId, activityId).AbsoluteUri);
    }

    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DelayBeforeRetry_RetryAfterSeconds_IsHonoured()
    {
        var delay = new RetryPolicy(() => 0.5).DelayBeforeRetry(1, HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), Now);
        Assert.Equal(TimeSpan.FromSeconds(7), delay);
    }

    [Fact]
    public void DelayBeforeRetry_RetryAfterDate_IsTheTimeUntilThen()
    {
        var delay = new RetryPolicy(() => 0.5).DelayBeforeRetry(1, HttpStatusCode.ServiceUnavailable, new RetryConditionHeaderValue(Now.AddSeconds(3)), Now);
        Assert.Equal(TimeSpan.FromSeconds(3), delay);
    }

    [Fact]
    public void DelayBeforeRetry_HugeRetryAfter_IsCapped()
    {
        var delay = new RetryPolicy(() => 0.5).DelayBeforeRetry(1, HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromHours(1)), Now);
        Assert.Equal(RetryPolicy.MaxDelay, delay);
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 2.0)]
    [InlineData(3, 4.0)]
    public void DelayBeforeRetry_NoHint_BacksOffExponentiallyWithJitter(int retry, double seconds)
    {
        var low = new RetryPolicy(() => 0).DelayBeforeRetry(retry, HttpStatusCode.BadGateway, null, Now)!.Value;
        var high = new RetryPolicy(() => 1).DelayBeforeRetry(retry, HttpStatusCode.BadGateway, null, Now)!.Value;
        Assert.Equal(seconds * 0.8, low.TotalSeconds, 3);
        Assert.Equal(seconds * 1.2, high.TotalSeconds, 3);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    public void DelayBeforeRetry_PermanentFailure_DoesNotRetry(HttpStatusCode status)
    {
        Assert.Null(new RetryPolicy(() => 0.5).DelayBeforeRetry(1, status, null, Now));
    }

    [Fact]
    public void DelayBeforeRetry_AfterMaxRetries_GivesUp()
    {
        Assert.Null(new RetryPolicy(() => 0.5).DelayBeforeRetry(RetryPolicy.MaxRetries + 1, HttpStatusCode.TooManyRequests, null, Now));
    }
}
