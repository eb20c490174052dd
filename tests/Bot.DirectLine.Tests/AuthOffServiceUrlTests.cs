using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Bot.DirectLine.Tests;

/// <summary>
/// With authentication off, /api/messages takes activities only from serviceUrls on this machine or in
/// Bot:AllowedServiceUrls, so the bot cannot be told to POST its replies anywhere (issue 13, SSRF).
/// Replies are asked for as expectReplies, so nothing leaves the machine whatever the outcome.
/// </summary>
public sealed class AuthOffServiceUrlTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Message(string serviceUrl) => new()
    {
        ["type"] = "message",
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl,
        ["deliveryMode"] = "expectReplies",
        ["conversation"] = new JsonObject { ["id"] = "conv-1" },
        ["from"] = new JsonObject { ["id"] = "user-1" },
        ["text"] = "hi",
    };

    [Fact]
    public async Task AMetadataServiceUrl_IsRefusedBeforeTheBotRuns()
    {
        await using var host = await DirectLineHost.StartAsync(Ct);

        using var response = await host.Client.PostAsJsonAsync("/api/messages", Message("http://169.254.169.254/latest/"), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Bot.Received);
    }

    [Fact]
    public async Task AnOriginInAllowedServiceUrls_IsAccepted()
    {
        await using var host = await DirectLineHost.StartAsync(Ct, "--Bot:AllowedServiceUrls:0=http://10.1.2.3:3978");

        using var response = await host.Client.PostAsJsonAsync("/api/messages", Message("http://10.1.2.3:3978/"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Bot.Received);
    }
}
