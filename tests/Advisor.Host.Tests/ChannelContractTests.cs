using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Advisor.Host.Tests;

/// <summary>
/// What a channel sees of the bot beyond the replies (issue 12, deliverables 5–7; issue 13, R3):
/// invoke answers by the protocol, delivery failures surfaced as 5xx, a redelivered activity not
/// run twice, bounded ids, and outbound requests channels can log.
/// </summary>
public sealed class ChannelContractTests : HostWithConnector
{
    private JsonObject Activity(string type, string id = "act-1", string? text = null) => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = Connector.BaseUrl,
        ["from"] = new JsonObject { ["id"] = "29:user-1" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot-1" },
        ["conversation"] = new JsonObject { ["id"] = "a:personal-1", ["conversationType"] = "personal" },
        ["text"] = text,
    };

    public static TheoryData<string> MalformedExecuteValues => new()
    {
        "null",
        "{}",
        """{"action":{"type":"Action.Submit","data":{"advisor":"why","card":1}}}""",
        """{"action":"why"}""",
    };

    [Theory]
    [MemberData(nameof(MalformedExecuteValues))]
    public async Task MalformedExecuteInvoke_Gets400WithAnErrorBody(string value)
    {
        var invoke = Activity("invoke");
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = JsonNode.Parse(value);

        var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal(400, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal("BadRequest", (string?)body["value"]!["code"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["value"]!["message"]));
    }

    [Fact]
    public async Task RepeatedActivityId_IsAnsweredWithoutRunningTheTurnAgain()
    {
        var first = await PostAsync(Activity("message", "msg-1", "hello"));
        var delivered = Connector.Requests.Count;

        var repeat = await PostAsync(Activity("message", "msg-1", "hello"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.True(delivered > 0);
        Assert.Equal(delivered, Connector.Requests.Count);
    }

    [Fact]
    public async Task RefusedDelivery_Gets5xx_AndTheRedeliveredActivityDoesNotRunTwice()
    {
        Connector.Fault = ConnectorFault.Abort;

        var failed = await PostAsync(Activity("message", "msg-1", "hello"));
        Connector.Fault = ConnectorFault.None;
        var redelivered = await PostAsync(Activity("message", "msg-1", "hello"));

        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.DoesNotContain(Connector.Requests, r => r.Delivered);
    }

    [Fact]
    public async Task OutboundReplies_HaveAContentLengthAndAUserAgentNamingTheProduct()
    {
        await PostAsync(Activity("message", "msg-1", "hello"));

        Assert.NotEmpty(Connector.Requests);
        Assert.All(Connector.Requests, r =>
        {
            Assert.Equal(Encoding.UTF8.GetByteCount(r.Body), r.ContentLength);
            Assert.Equal("", r.TransferEncoding);
            Assert.Matches(@"^FrameworkAdvisor/\d+\.\d+\.\d+", r.UserAgent);
        });
    }

    public static TheoryData<string, string> OverlongIds => new()
    {
        { "conversation.id", """{"conversation":{"id":"LONG"}}""" },
        { "from.id", """{"from":{"id":"LONG"}}""" },
        { "recipient.id", """{"recipient":{"id":"LONG"}}""" },
        { "channelId", """{"channelId":"LONG"}""" },
        { "id", """{"id":"LONG"}""" },
        { "replyToId", """{"replyToId":"LONG"}""" },
    };

    [Theory]
    [MemberData(nameof(OverlongIds))]
    public async Task OverlongId_Gets400NamingTheField_AndNeverReachesTheBot(string field, string patch)
    {
        var activity = Activity("message", text: "hello");
        foreach (var (name, value) in JsonNode.Parse(patch.Replace("LONG", new string('x', 5000), StringComparison.Ordinal))!.AsObject())
        {
            activity[name] = value?.DeepClone();
        }

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"'{field}'", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task TeamsLengthIds_AreAccepted()
    {
        var activity = Activity("message", "1732536000000", "hello");
        activity["conversation"]!["id"] = "a:1" + new string('Q', 300);
        activity["from"]!["id"] = "29:1" + new string('u', 200);

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
