using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Bot.DirectLine.Tests;

/// <summary>What one token can make the server hold: posts are capped by DirectLine:MaxActivityBytes, history by DirectLine:MaxHistoryBytes.</summary>
public sealed class SizeLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Message(string text) =>
        $$$"""{"type":"message","text":"{{{text}}}","from":{"id":"r_someone"},"channelData":{"clientActivityID":"cid-1"}}""";

    /// <summary>What Web Chat posts when a user submits an Adaptive Card: a message whose value holds the inputs, a few KB.</summary>
    private static string CardSubmit(int valueBytes) =>
        $$$"""{"type":"message","channelId":"webchat","from":{"id":"r_someone","role":"user"},"value":{"answers":"{{{new string('a', valueBytes)}}}"},"channelData":{"clientActivityID":"cid-2"},"locale":"en-GB"}""";

    [Fact]
    public async Task Post_OverTheDirectLineActivityLimit_Gets413_ThoughUnderTheBotsBodyLimit()
    {
        await using var host = await DirectLineHost.StartAsync(Ct);
        var (conversationId, token, _) = await host.StartConversationAsync(Ct);

        using var response = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, Message(new string('x', 40 * 1024)), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", (string)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["error"]!["code"]!);
        Assert.Single(host.Bot.Received);
    }

    [Fact]
    public async Task Post_AWebChatCardSubmitOfAFewKB_IsAccepted()
    {
        await using var host = await DirectLineHost.StartAsync(Ct);
        var (conversationId, token, _) = await host.StartConversationAsync(Ct);

        using var response = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, CardSubmit(6 * 1024), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_OverAConfiguredActivityLimit_Gets413()
    {
        await using var host = await DirectLineHost.StartAsync(Ct, "--DirectLine:MaxActivityBytes=1024");
        var (conversationId, token, _) = await host.StartConversationAsync(Ct);

        using var response = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, Message(new string('x', 2048)), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task History_OverTheConfiguredByteBudget_LosesTheOldestActivities()
    {
        await using var host = await DirectLineHost.StartAsync(Ct, "--DirectLine:MaxHistoryBytes=8192");
        var (conversationId, token, _) = await host.StartConversationAsync(Ct);

        for (var i = 0; i < 6; i++)
        {
            using var posted = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, Message($"{i}{new string('x', 1000)}"), Ct);
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        using var response = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token, null, Ct);
        var body = await response.Content.ReadAsByteArrayAsync(Ct);
        var texts = JsonNode.Parse(body)!["activities"]!.AsArray().Select(a => (string)a!["text"]!).ToList();

        Assert.True(body.Length <= 8192 + 100, $"history of {body.Length} bytes");
        Assert.DoesNotContain(RecordingBot.Welcome, texts);
        Assert.Equal("echo: 5" + new string('x', 1000), texts[^1]);
    }
}
