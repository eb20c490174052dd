using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Bot.DirectLine.Tests;

/// <summary>Issue 14: the page asks for a token for the user id it kept, so the bot can offer to continue.</summary>
public sealed class ReturningUserTokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithAnIdThisServerIssued_GivesATokenForTheSameUser()
    {
        await using var host = await DirectLineHost.StartAsync(Ct);
        var first = await TokenAsync(host, null);

        var again = await TokenAsync(host, (string)first["userId"]!);

        Assert.Equal((string)first["userId"]!, (string)again["userId"]!);
        Assert.NotEqual((string)first["token"]!, (string)again["token"]!);
    }

    [Theory]
    [InlineData("someone-else")]
    [InlineData("dl_short")]
    [InlineData("dl_abcdefghijklmno/")]
    public async Task WithAnIdOfAnotherShape_GivesANewUser(string claimed)
    {
        await using var host = await DirectLineHost.StartAsync(Ct);

        var token = await TokenAsync(host, claimed);

        Assert.NotEqual(claimed, (string)token["userId"]!);
        Assert.StartsWith("dl_", (string)token["userId"]!, StringComparison.Ordinal);
    }

    private static async Task<JsonObject> TokenAsync(DirectLineHost host, string? userId)
    {
        using var response = userId is null
            ? await host.Client.PostAsync("/api/webchat/token", null, Ct)
            : await host.Client.PostAsJsonAsync("/api/webchat/token", new JsonObject { ["user"] = new JsonObject { ["id"] = userId } }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }
}
