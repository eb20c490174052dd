using System.Net;
using Bot.Testing;

namespace Advisor.Host.Tests;

/// <summary>
/// Issue 15: readiness follows the Redis store. While the server is down the bot is not ready (a load
/// balancer stops sending it traffic); when the server is back, readiness recovers on its own.
/// </summary>
public sealed class RedisReadinessTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const int MaxProbes = 40;
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(500);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ready_FollowsTheRedisServer_DownAndBackUp()
    {
        redis.EnsureAvailable();
        await using var host = await BotHost.StartAsync(Ct, null, "--Storage:Provider=Redis", $"--Storage:Redis:ConnectionString={redis.ConnectionString}");
        Assert.Equal(HttpStatusCode.OK, await ReadyStatusAsync(host));

        await redis.StopAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await ProbeUntilAsync(host, HttpStatusCode.ServiceUnavailable));
        Assert.Equal(HttpStatusCode.OK, await LiveStatusAsync(host));

        await redis.StartAgainAsync();
        Assert.Equal(HttpStatusCode.OK, await ProbeUntilAsync(host, HttpStatusCode.OK));
    }

    /// <summary>Readiness as a load balancer sees it: probed again and again, a bounded number of times, until it says <paramref name="expected"/>.</summary>
    private static async Task<HttpStatusCode> ProbeUntilAsync(BotHost host, HttpStatusCode expected)
    {
        var status = await ReadyStatusAsync(host);
        for (var probe = 1; probe < MaxProbes && status != expected; probe++)
        {
            await Task.Delay(ProbeInterval, TimeProvider.System, Ct); // the client library reconnects on its own schedule
            status = await ReadyStatusAsync(host);
        }

        return status;
    }

    private static async Task<HttpStatusCode> ReadyStatusAsync(BotHost host)
    {
        using var response = await host.Client.GetAsync("/healthz/ready", Ct);
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> LiveStatusAsync(BotHost host)
    {
        using var response = await host.Client.GetAsync("/healthz/live", Ct);
        return response.StatusCode;
    }
}
