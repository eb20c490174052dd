using Bot.Core.Connector;

namespace Bot.Core.Tests;

public sealed class ConnectorUrisTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", "19:abc@thread.skype;messageid=1498171086622", "1:2",
        "https://smba.trafficmanager.net/teams/v3/conversations/19%3Aabc%40thread.skype%3Bmessageid%3D1498171086622/activities/1%3A2")]
    [InlineData("https://smba.trafficmanager.net/amer", "a:1", null, "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities")]
    [InlineData("http://localhost:50123", "c 1/x", "id", "http://localhost:50123/v3/conversations/c%201%2Fx/activities/id")]
    public void Activities_KeepsServiceUrlPathAndEscapesIds(string serviceUrl, string conversationId, string? activityId, string expected)
    {
        Assert.Equal(expected, ConnectorUris.Activities(serviceUrl, conversationId, activityId).AbsoluteUri);
    }
}
