using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.Dialogs.Recognition;

namespace Advisor.Host.Tests;

/// <summary>
/// Issue 13, R1: the 32 KB message of repeated duration phrases that used to keep a core busy for
/// minutes gets a normal reply. The bound on the wait is generous (the issue measured minutes); the
/// guarantee itself comes from the recognizers' bounded prefix and the process-wide regex time-out.
/// </summary>
public sealed class HugeMessageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RepeatedDurationMessage_GetsANormalReply()
    {
        await using var host = await BotHost.StartAsync(Ct);
        var text = new StringBuilder();
        while (text.Length < 32 * 1024)
        {
            text.Append("3 months and 2 weeks and 10 days, ");
        }

        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "huge-1",
            ["channelId"] = "emulator",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = "user-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1" },
            ["conversation"] = new JsonObject { ["id"] = "huge-conversation" },
            ["text"] = text.ToString(),
        };
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        bounded.CancelAfter(TimeSpan.FromSeconds(20));

        var response = await host.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), bounded.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["activities"]!.AsArray();
        Assert.NotEmpty(replies);
    }

    [Fact]
    public void RegexesWithoutTheirOwnTimeout_GetTheProcessWideOne()
    {
        Assert.Equal(RecognitionLimits.MatchTimeout, new Regex("a+").MatchTimeout);
    }
}
