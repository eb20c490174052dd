using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.DirectLine.Tests;

/// <summary>The WebSocket stream (protocol doc §5.2) with a real client socket.</summary>
public sealed class StreamEndpointTests : IAsyncLifetime
{
    private DirectLineHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _host = await DirectLineHost.StartAsync(Ct);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private static async Task<ClientWebSocket> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), Ct);
        return socket;
    }

    private static async Task<JsonObject> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, Ct);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
    }

    private static string[] Types(JsonObject set) => [.. set["activities"]!.AsArray().Select(a => (string)a!["type"]!)];

    [Fact]
    public async Task Connect_ReplaysTheWelcome_ThenStreamsEchoTypingAndReply()
    {
        var (conversationId, token, started) = await _host.StartConversationAsync(Ct);
        using var socket = await ConnectAsync((string)started["streamUrl"]!);

        var replay = await ReceiveAsync(socket);
        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, Ct);
        using var _ = await _host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"message","text":"hi"}""", Ct);
        var echo = await ReceiveAsync(socket);
        var typing = await ReceiveAsync(socket);
        var reply = await ReceiveAsync(socket);

        Assert.Equal((RecordingBot.Welcome, "1"), ((string)replay["activities"]![0]!["text"]!, (string)replay["watermark"]!));
        Assert.Equal(["message"], Types(echo));
        Assert.Equal("2", (string)echo["watermark"]!);
        Assert.Equal(["typing"], Types(typing));
        Assert.False(typing.ContainsKey("watermark"));
        Assert.Equal(("echo: hi", "3"), ((string)reply["activities"]![0]!["text"]!, (string)reply["watermark"]!));
    }

    [Fact]
    public async Task Connect_WithAWatermark_ReplaysOnlyWhatCameAfter()
    {
        var (conversationId, token, started) = await _host.StartConversationAsync(Ct);
        using (await _host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"message","text":"hi"}""", Ct))
        {
        }

        using var socket = await ConnectAsync((string)started["streamUrl"]! + "&watermark=2");
        var replay = await ReceiveAsync(socket);

        Assert.Equal(["message"], Types(replay));
        Assert.Equal("3", (string)replay["watermark"]!);
        Assert.Equal("echo: hi", (string)replay["activities"]![0]!["text"]!);
    }

    [Fact]
    public async Task Connect_WithAnotherConversationsToken_IsRefusedWith403BeforeTheUpgrade()
    {
        var (conversationId, _, _) = await _host.StartConversationAsync(Ct);
        var (_, otherToken, _) = await _host.StartConversationAsync(Ct);
        using var socket = new ClientWebSocket { Options = { CollectHttpResponseDetails = true } };

        await Assert.ThrowsAsync<WebSocketException>(() =>
            socket.ConnectAsync(new Uri($"ws://{_host.BaseAddress.Authority}/v3/directline/conversations/{conversationId}/stream?t={otherToken}"), Ct));
        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    [Fact]
    public async Task Connect_WithoutUpgrade_Gets400()
    {
        var (conversationId, token, _) = await _host.StartConversationAsync(Ct);

        using var response = await _host.Client.GetAsync($"/v3/directline/conversations/{conversationId}/stream?t={token}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Connect_ASecondSocket_ClosesTheFirstAsACollision()
    {
        var (_, _, started) = await _host.StartConversationAsync(Ct);
        using var first = await ConnectAsync((string)started["streamUrl"]!);
        await ReceiveAsync(first);

        using var second = await ConnectAsync((string)started["streamUrl"]!);
        var closing = await first.ReceiveAsync(new byte[1024], Ct);

        Assert.Equal((WebSocketMessageType.Close, "collision"), (closing.MessageType, first.CloseStatusDescription));
    }

    [Fact(Timeout = 10_000)] // a socket that is never closed fails the test instead of hanging it
    public async Task Stream_WhenTheConversationsTokensExpire_IsClosedNormallyAsExpired()
    {
        var (_, _, started) = await _host.StartConversationAsync(Ct);
        using var socket = await ConnectAsync((string)started["streamUrl"]!);
        await ReceiveAsync(socket);

        _host.Time.Advance(TimeSpan.FromMinutes(30));
        var closing = await socket.ReceiveAsync(new byte[1024], Ct);

        Assert.Equal((WebSocketMessageType.Close, WebSocketCloseStatus.NormalClosure, "expired"), (closing.MessageType, socket.CloseStatus, socket.CloseStatusDescription));
    }

    [Fact(Timeout = 10_000)] // a socket that is never closed fails the test instead of hanging it
    public async Task Stream_AfterATokenRefresh_OutlivesTheTokenItConnectedWith_UntilTheNewOneExpires()
    {
        var (conversationId, token, started) = await _host.StartConversationAsync(Ct);
        using var socket = await ConnectAsync((string)started["streamUrl"]!);
        await ReceiveAsync(socket);
        _host.Time.Advance(TimeSpan.FromMinutes(20));
        using var refresh = await _host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token, null, Ct);
        var refreshed = (string)JsonNode.Parse(await refresh.Content.ReadAsStringAsync(Ct))!["token"]!;

        _host.Time.Advance(TimeSpan.FromMinutes(15));
        using (await _host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", refreshed, """{"type":"message","text":"still here"}""", Ct))
        {
        }

        var echo = await ReceiveAsync(socket);
        _host.Time.Advance(TimeSpan.FromMinutes(15));
        await ReceiveAsync(socket);
        await ReceiveAsync(socket);
        var closing = await socket.ReceiveAsync(new byte[1024], Ct);

        Assert.Equal("still here", (string)echo["activities"]![0]!["text"]!);
        Assert.Equal((WebSocketMessageType.Close, "expired"), (closing.MessageType, socket.CloseStatusDescription));
    }
}
