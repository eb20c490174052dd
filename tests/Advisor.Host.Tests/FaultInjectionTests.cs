using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Advisor.Host.Tests;

/// <summary>
/// Issue 13's fault-injection suite: a whole typed interview over /api/messages while the channel's
/// connector hangs, drops connections, answers 500 or 429, or answers with a huge body. Every failed
/// delivery is a 5xx to the channel, never a reset; when the channel recovers the interview ends in
/// the recommendation built from every answer given.
/// </summary>
public sealed class FaultInjectionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private FakeConnectorServer _connector = null!;
    private BotHost _host = null!;
    private int _turn;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync(Ct);
        _host = await BotHost.StartAsync(Ct, services => services.AddSingleton<TimeProvider>(_time));
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    public static TheoryData<ConnectorFault> Faults => new(Enum.GetValues<ConnectorFault>().Where(f => f != ConnectorFault.None));

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Interview_SurvivesAFaultyChannel_AndLosesNoAnswer(ConnectorFault fault)
    {
        var expected = fault == ConnectorFault.HugeBody ? HttpStatusCode.OK : HttpStatusCode.BadGateway;

        Assert.Equal(HttpStatusCode.OK, await SayAsync("hello"));
        Assert.Equal(HttpStatusCode.OK, await SayAsync("just ask me"));
        foreach (var answer in (string[])["about five developers", "in two sprints", "users log in with their accounts", "an online shop"])
        {
            _connector.Fault = fault;
            Assert.Equal(expected, await SayAsync(answer));
            _connector.Fault = ConnectorFault.None;
        }

        Assert.Equal(HttpStatusCode.OK, await SayAsync("not sure"));

        var delivered = _connector.DeliveredTexts.ToList();
        Assert.DoesNotContain(delivered, t => t?.Contains("reset our conversation", StringComparison.Ordinal) == true);
        Assert.True(delivered.Any(t => t?.StartsWith("I recommend Django", StringComparison.Ordinal) == true), string.Join("\n", delivered));
        var card = _connector.Requests.Last(r => r.Delivered && r.Body.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal)).Body;
        Assert.Contains("a medium-sized project", card, StringComparison.Ordinal);
    }

    /// <summary>Posts one user message and, while the channel is faulty, runs the fake clock until the bot answers it.</summary>
    private async Task<HttpStatusCode> SayAsync(string text)
    {
        _turn++;
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"m{_turn}",
            ["channelId"] = "emulator",
            ["serviceUrl"] = _connector.BaseUrl,
            ["localTimestamp"] = "2026-11-25T13:00:00.000+01:00",
            ["from"] = new JsonObject { ["id"] = "user-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1" },
            ["conversation"] = new JsonObject { ["id"] = "faulty-channel" },
            ["text"] = text,
        };
        var post = _host.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), Ct);

        // Only a faulty channel needs the clock (retry delays, time-outs); a healthy one must not be timed out by it.
        for (var i = 0; i < 2000 && !post.IsCompleted && _connector.Fault != ConnectorFault.None; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(post, Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System, Ct)); // lets the real sockets progress between fake-clock steps
        }

        return (await post).StatusCode;
    }
}
