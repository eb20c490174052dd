using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Advisor.Host.Tests;

/// <summary>The real host, the real advisor: a whole conversation over HTTP with expectReplies ends in the card.</summary>
public sealed class AdvisorConversationOverHttpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonArray> SayAsync(BotHost host, string text, int turn)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"m{turn}",
            ["channelId"] = "emulator",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = "user-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1" },
            ["conversation"] = new JsonObject { ["id"] = "http-conversation" },
            ["text"] = text,
        };
        var response = await host.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["activities"]!.AsArray();
    }

    [Fact]
    public async Task FullConversation_EndsInTheRecommendationCard()
    {
        await using var host = await BotHost.StartAsync(Ct);

        var first = await SayAsync(host, "We're a team of 12 building an online shop that takes payments, launching in about 8 months", 1);
        Assert.Contains(first, a => ((string?)a!["text"])?.StartsWith("Got it: “team of 12” → a large project; “8 months” → more than six months; “payments” → high security; “online shop” → an e-commerce platform", StringComparison.Ordinal) == true);

        var last = await SayAsync(host, "experienced", 2);

        var card = last.Select(a => a!["attachments"]?[0]).Single(a => a is not null)!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)card["contentType"]);
        Assert.Equal("My recommendation: Django", (string?)card["content"]!["body"]![0]!["text"]);
        Assert.Contains(last, a => ((string?)a!["text"])?.StartsWith("I recommend Django", StringComparison.Ordinal) == true);
    }
}
