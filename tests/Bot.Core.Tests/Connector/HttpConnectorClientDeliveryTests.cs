using System.Net;
using System.Text.RegularExpressions;

namespace Bot.Core.Tests.Connector;

/// <summary>A reply reaches the channel: any success status, the reply URL, the body and its headers.</summary>
public sealed class HttpConnectorClientDeliveryTests : ConnectorClientTestBase
{
    [Theory]
    [InlineData(HttpStatusCode.OK, "{\"id\":\"r1\"}", "r1")]
    [InlineData(HttpStatusCode.Created, "{\"id\":\"r2\"}", "r2")]
    [InlineData(HttpStatusCode.Accepted, "", null)]
    [InlineData(HttpStatusCode.OK, "{}", null)]
    [InlineData(HttpStatusCode.OK, "not json", null)]
    public async Task Reply_AnySuccessStatus_IsDeliveredWithOptionalId(HttpStatusCode status, string body, string? expectedId)
    {
        Handler.Enqueue(status, body);

        var response = await CreateSut().ReplyToActivityAsync("https://smba.trafficmanager.net/teams/", "19:a@thread.skype", "a1", Reply(), TestContext.Current.CancellationToken);

        Assert.Equal(expectedId, response!.Id);
        Assert.Equal("https://smba.trafficmanager.net/teams/v3/conversations/19%3Aa%40thread.skype/activities/a1", Handler.Requests.Single().Uri);
    }

    [Fact]
    public async Task Send_BodyHasAContentLengthAndTheRequestAProductUserAgent()
    {
        Handler.Enqueue(HttpStatusCode.OK, "{}");

        await CreateSut().SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken);

        var request = Handler.Requests.Single();
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(request.Body), request.Message.Content!.Headers.ContentLength);
        Assert.NotEqual(true, request.Message.Headers.TransferEncodingChunked);
        Assert.Matches(new Regex(@"^FrameworkAdvisor/\d+\.\d+\.\d+$"), request.Message.Headers.UserAgent.ToString());
    }
}
