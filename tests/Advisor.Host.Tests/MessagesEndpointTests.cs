using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Schema;
using Bot.Core.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Host.Tests;

/// <summary>/api/messages over HTTP, as the Emulator and Azure Bot Service use it.</summary>
public sealed class MessagesEndpointTests : HostWithConnector
{
    private JsonObject EmulatorActivity(string type, string conversationId = "conv-1", string path = "") => new()
    {
        ["type"] = type,
        ["id"] = "6c1b0b30-1111-11ef-9f1a-1d2c3b4a5e6f",
        ["timestamp"] = "2026-11-25T12:00:00.000Z",
        ["localTimestamp"] = "2026-11-25T13:00:00.000+01:00",
        ["channelId"] = "emulator",
        ["serviceUrl"] = Connector.BaseUrl + path,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "Bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["locale"] = "en-US",
    };

    [Fact]
    public async Task EmulatorJoin_WelcomeIsPostedToTheConnectorAsAReply()
    {
        var update = EmulatorActivity("conversationUpdate");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-1", ["name"] = "User" }, new JsonObject { ["id"] = "bot-1", ["name"] = "Bot" });

        var response = await PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(2, Connector.Requests.Count);
        Assert.All(Connector.Requests, r => Assert.Equal(("POST", "/v3/conversations/conv-1/activities/6c1b0b30-1111-11ef-9f1a-1d2c3b4a5e6f"), (r.Method, r.RawTarget)));
        var sent = Connector.Requests.First();
        Assert.StartsWith("Hi! I'm Framework Advisor.", (string?)JsonNode.Parse(sent.Body)!["text"], StringComparison.Ordinal);
        var reply = JsonNode.Parse(sent.Body)!;
        Assert.Equal(("bot-1", "user-1", "conv-1"), ((string?)reply["from"]!["id"], (string?)reply["recipient"]!["id"], (string?)reply["conversation"]!["id"]));
        Assert.Equal("6c1b0b30-1111-11ef-9f1a-1d2c3b4a5e6f", (string?)reply["replyToId"]);
        Assert.Null(reply["id"]);
        Assert.Equal("", sent.Authorization);
    }

    [Fact]
    public async Task TeamsShapedMessage_ReplyKeepsServiceUrlPathAndEscapesConversationId()
    {
        var message = EmulatorActivity("message", "19:abc@thread.skype;messageid=1498171086622", "/teams/");
        message["channelId"] = "msteams";
        message["text"] = "hello";

        var response = await PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(Connector.Requests, r => Assert.Equal(
            "/teams/v3/conversations/19%3Aabc%40thread.skype%3Bmessageid%3D1498171086622/activities/6c1b0b30-1111-11ef-9f1a-1d2c3b4a5e6f",
            r.RawTarget));
        Assert.NotEmpty(Connector.Requests);
    }

    [Fact]
    public async Task ExpectReplies_RepliesComeBackInTheBodyAndNothingIsPosted()
    {
        var message = EmulatorActivity("message");
        message["text"] = "hello";
        message["deliveryMode"] = "expectReplies";

        var response = await PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.StartsWith("Hi! I'm Framework Advisor.", (string?)body["activities"]![0]!["text"], StringComparison.Ordinal);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task UnhandledInvoke_Gets501WithAnEmptyBody()
    {
        // The advisor answers adaptiveCard/action (Teams Action.Execute); it has no message extension.
        var invoke = EmulatorActivity("invoke");
        invoke["name"] = "composeExtension/query";

        var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Ct)); // Issue 12: no problem-details body.
    }

    [Fact]
    public async Task Get_IsNotAllowed()
    {
        var response = await Host.Client.GetAsync("/api/messages", Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Health_IsOk()
    {
        var response = await Host.Client.GetAsync("/healthz", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>An invoke the bot answers: its status and body are the HTTP response.</summary>
public sealed class InvokeResponseTests
{
    private sealed class InvokeBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            turnContext.SendInvokeResponseAsync(new InvokeResponse
            {
                Status = 200,
                Body = JsonDocument.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Done"}""").RootElement,
            }, cancellationToken);
    }

    [Fact]
    public async Task HandledInvoke_ReturnsTheBotsStatusAndJsonBody()
    {
        await using var host = await BotHost.StartAsync(TestContext.Current.CancellationToken, s => s.AddSingleton<IBot, InvokeBot>());
        var invoke = """{"type":"invoke","name":"adaptiveCard/action","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"},"value":{"action":{"type":"Action.Execute","verb":"why"}}}""";

        var response = await host.Client.PostAsync("/api/messages", new StringContent(invoke, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Done", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["value"]);
    }
}
