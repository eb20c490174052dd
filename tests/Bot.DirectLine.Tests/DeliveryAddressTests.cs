using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Core.Schema;

namespace Bot.DirectLine.Tests;

/// <summary>
/// Where the bot's replies to a built-in Direct Line conversation go, and who may reach that conversation:
/// the address never comes from the request's Host (issue 13, D3), and /api/messages cannot drive a
/// Direct Line conversation by naming its channel and id (issue 13, A1).
/// </summary>
public sealed class DeliveryAddressTests : IAsyncLifetime
{
    private DirectLineHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _host = await DirectLineHost.StartAsync(Ct);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_WithAnEmptyHostHeader_IsAnsweredAndTheReplyIsKept()
    {
        var (conversationId, token, _) = await _host.StartConversationAsync(Ct);

        var status = await PostWithHostAsync($"/v3/directline/conversations/{conversationId}/activities", host: "", token, """{"type":"message","text":"hi"}""");

        Assert.Equal(200, status);
        Assert.Contains("echo: hi", await HistoryAsync(conversationId, token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAnOddHostHeader_TellsTheBotAnAddressThatDoesNotComeFromIt()
    {
        var (_, token) = await _host.GenerateTokenAsync(Ct);

        var status = await PostWithHostAsync("/v3/directline/conversations", host: "attacker.example:8080", token, "{}");

        Assert.Equal(201, status);
        var update = Assert.Single(_host.Bot.Received);
        Assert.DoesNotContain("attacker.example", update.ServiceUrl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("directline/")]
    [InlineData("")]
    public async Task MessagesEndpoint_PosingAsADirectLineConversation_IsRefusedAndNeverReachesIt(string serviceUrlPath)
    {
        var (conversationId, token, _) = await _host.StartConversationAsync(Ct);
        var serviceUrl = serviceUrlPath.Length == 0 ? update().ServiceUrl! : new Uri(_host.BaseAddress, serviceUrlPath).ToString();
        var received = _host.Bot.Received.Count;
        var forged = new JsonObject
        {
            ["type"] = "message",
            ["channelId"] = Channels.DirectLine,
            ["serviceUrl"] = serviceUrl,
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = "someone-else" },
            ["text"] = "forged",
        };

        using var response = await _host.Client.PostAsJsonAsync("/api/messages", forged, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(received, _host.Bot.Received.Count);
        Assert.DoesNotContain("forged", await HistoryAsync(conversationId, token), StringComparison.Ordinal);

        Activity update() => _host.Bot.Received.First(a => a.Type == ActivityTypes.ConversationUpdate);
    }

    private async Task<string> HistoryAsync(string conversationId, string token)
    {
        using var response = await _host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token, null, Ct);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>HttpClient always sends the URI's authority as Host, so this speaks HTTP/1.1 on a socket to choose it.</summary>
    private async Task<int> PostWithHostAsync(string path, string host, string token, string json)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_host.BaseAddress.Host, _host.BaseAddress.Port, Ct);
        await using var stream = client.GetStream();
        var body = Encoding.UTF8.GetBytes(json);
        var head = $"POST {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), Ct);
        await stream.WriteAsync(body, Ct);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync(Ct);
        return int.Parse(statusLine!.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
