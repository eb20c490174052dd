using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Core.Schema;

namespace Bot.DirectLine.Tests;

/// <summary>The REST face of Direct Line 3.0 over real HTTP (protocol doc §5.1).</summary>
public sealed class ConversationEndpointTests : IAsyncLifetime
{
    private DirectLineHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _host = await DirectLineHost.StartAsync(Ct, "--Bot:MaxRequestBodyBytes=2048");

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonObject> GetActivitiesAsync(string conversationId, string token, string query = "")
    {
        using var response = await _host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities{query}", token, null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    private static string WebChatMessage(string text) =>
        $$"""{"type":"message","text":"{{text}}","channelId":"webchat","from":{"id":"r_someone","name":"Ann","role":"user"},"channelData":{"clientActivityID":"cid-1"},"locale":"en-GB"}""";

    [Fact]
    public async Task Start_FirstTime_Answers201WithStreamUrlAndTheWelcomeIsAlreadyKept()
    {
        var (conversationId, token, started) = await _host.StartConversationAsync(Ct);

        Assert.Equal(conversationId, (string)started["conversationId"]!);
        Assert.Equal(token, (string)started["token"]!);
        Assert.Equal(1800, (int)started["expires_in"]!);
        Assert.Equal($"ws://{_host.BaseAddress.Authority}/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}", (string)started["streamUrl"]!);
        var welcome = Assert.Single((await GetActivitiesAsync(conversationId, token))["activities"]!.AsArray())!;
        Assert.Equal((RecordingBot.Welcome, $"{conversationId}|0000001", "directline", "bot"),
            ((string)welcome["text"]!, (string)welcome["id"]!, (string)welcome["channelId"]!, (string)welcome["from"]!["role"]!));
    }

    [Fact]
    public async Task Start_TellsTheBotTheUserJoined_WithTheTokensUserId()
    {
        var (conversationId, _, _) = await _host.StartConversationAsync(Ct);

        var update = Assert.Single(_host.Bot.Received);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal((Channels.DirectLine, conversationId, "en-GB"), (update.ChannelId, update.Conversation!.Id, update.Locale));
        Assert.EndsWith("/directline/", update.ServiceUrl, StringComparison.Ordinal);
        Assert.Equal(2, update.MembersAdded!.Count);
        Assert.StartsWith("dl_", update.MembersAdded[1].Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Again_Answers200WithoutASecondWelcome()
    {
        var (_, token, _) = await _host.StartConversationAsync(Ct);

        using var again = await _host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, null, Ct);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(_host.Bot.Received);
    }

    [Fact]
    public async Task Post_EchoesTheUserActivityFirst_ThenTheBotsReply_WithoutTyping()
    {
        var (conversationId, token, _) = await _host.StartConversationAsync(Ct);

        using var response = await _host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, WebChatMessage("hello"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{conversationId}|0000002", (string)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!);
        var set = await GetActivitiesAsync(conversationId, token, "?watermark=1");
        var activities = set["activities"]!.AsArray();
        Assert.Equal(2, activities.Count);
        var echo = activities[0]!;
        Assert.Equal(("hello", "cid-1", "user"), ((string)echo["text"]!, (string)echo["channelData"]!["clientActivityID"]!, (string)echo["from"]!["role"]!));
        Assert.Equal("echo: hello", (string)activities[1]!["text"]!);
        Assert.Equal($"{conversationId}|0000002", (string)activities[1]!["replyToId"]!);
        Assert.Equal("3", (string)set["watermark"]!);
    }

    [Fact]
    public async Task Post_TheBotSeesADirectLineActivityFromTheTokensUser()
    {
        var (conversationId, token, _) = await _host.StartConversationAsync(Ct);

        using var _ = await _host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, WebChatMessage("hi"), Ct);

        var message = _host.Bot.Received.Last();
        var user = _host.Bot.Received.First().MembersAdded![1].Id;
        Assert.Equal((Channels.DirectLine, user, "Ann", "framework-advisor"), (message.ChannelId, message.From!.Id, message.From.Name, message.Recipient!.Id));
        Assert.Equal($"{conversationId}|0000002", message.Id);
        Assert.Null(message.DeliveryMode);
    }

    [Fact]
    public async Task Requests_WithoutAToken_Get401()
    {
        using var start = await _host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", null, null, Ct);
        using var refresh = await _host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", null, null, Ct);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (start.StatusCode, refresh.StatusCode));
    }

    [Fact]
    public async Task Requests_WithAnotherConversationsToken_Get403_WhetherOrNotItExists()
    {
        var (conversationId, _, _) = await _host.StartConversationAsync(Ct);
        var (_, otherToken, _) = await _host.StartConversationAsync(Ct);

        using var read = await _host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", otherToken, null, Ct);
        using var post = await _host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", otherToken, WebChatMessage("x"), Ct);
        using var made_up = await _host.SendAsync(HttpMethod.Get, "/v3/directline/conversations/made-up/activities", otherToken, null, Ct);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], [read.StatusCode, post.StatusCode, made_up.StatusCode]);
    }

    [Fact]
    public async Task Requests_ForAConversationNeverStarted_Get404()
    {
        var (conversationId, token) = await _host.GenerateTokenAsync(Ct);

        using var response = await _host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token, null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"text":"no type"}""")]
    [InlineData("""{"type":"conversationUpdate"}""")]
    [InlineData("[1,2]")]
    public async Task Post_MalformedActivity_Gets400(string body)
    {
        var (conversationId, token, _) = await _host.StartConversationAsync(Ct);

        using var response = await _host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadSyntax", (string)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["error"]!["code"]!);
    }

    [Fact]
    public async Task Post_LargerThanTheLimit_Gets413AndReachesNoBot()
    {
        var (conversationId, token, _) = await _host.StartConversationAsync(Ct);

        using var response = await _host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, WebChatMessage(new string('x', 4096)), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Single(_host.Bot.Received);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task Get_BadWatermark_Gets400(string watermark)
    {
        var (conversationId, token, _) = await _host.StartConversationAsync(Ct);

        using var response = await _host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token, null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Reconnect_GivesAStreamUrlCarryingTheWatermark()
    {
        var (conversationId, token, _) = await _host.StartConversationAsync(Ct);

        using var response = await _host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=1", token, null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("&watermark=1", (string)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["streamUrl"]!, StringComparison.Ordinal);
    }
}
