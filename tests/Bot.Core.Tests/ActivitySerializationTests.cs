using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Schema;

namespace Bot.Core.Tests;

public sealed class ActivitySerializationTests
{
    private const string TeamsMessage = """
        {
          "type": "message", "id": "1481567603816", "timestamp": "2024-05-01T17:15:00.123Z",
          "localTimestamp": "2024-05-01T10:15:00.123-07:00", "localTimezone": "America/Los_Angeles",
          "serviceUrl": "https://smba.trafficmanager.net/teams/", "channelId": "msteams",
          "from": { "id": "29:1XJ", "name": "Megan", "aadObjectId": "6bd1", "userRole": "user" },
          "conversation": { "id": "19:abc@thread.skype;messageid=1481567603816", "conversationType": "channel", "isGroup": true, "tenantId": "72f9" },
          "recipient": { "id": "28:app-id", "name": "Advisor" },
          "text": "<at>Advisor</at> help",
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:app-id", "name": "Advisor" }, "text": "<at>Advisor</at>" },
            { "type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web" }
          ],
          "channelData": { "teamsChannelId": "19:abc@thread.skype", "tenant": { "id": "72f9" }, "team": { "id": "19:t", "name": "Eng" } },
          "attachmentLayout": "list",
          "someFutureField": { "nested": [1, 2, 3] }
        }
        """;

    [Fact]
    public void RoundTrip_TeamsMessage_KeepsEveryFieldIncludingUnknownOnes()
    {
        var activity = JsonSerializer.Deserialize(TeamsMessage, BotJsonContext.Default.Activity)!;
        var written = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsMessage), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Read_LocalTimestamp_KeepsTheSendersOffset()
    {
        var activity = JsonSerializer.Deserialize(TeamsMessage, BotJsonContext.Default.Activity)!;

        Assert.Equal(TimeSpan.FromHours(-7), activity.LocalTimestamp!.Value.Offset);
        Assert.Contains("-07:00", JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NewReply_IsCamelCaseWithoutNulls()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "Hi", InputHint = InputHints.AcceptingInput, Conversation = new ConversationAccount("c") };

        var json = JsonSerializer.Serialize(reply, BotJsonContext.Default.Activity);

        Assert.Equal("""{"type":"message","conversation":{"id":"c"},"text":"Hi","inputHint":"acceptingInput"}""", json);
    }

    [Theory]
    [InlineData("""{"type":"conversationUpdate","membersAdded":[{"id":"u1","name":"User"},{"id":"b","name":"Bot"}],"membersRemoved":[{"id":"u0"}]}""")]
    [InlineData("""{"type":"installationUpdate","action":"add-upgrade"}""")]
    [InlineData("""{"type":"typing"}""")]
    [InlineData("""{"type":"endOfConversation","code":"userCancelled","text":"bye"}""")]
    [InlineData("""{"type":"event","name":"webchat/join","value":{"language":"en-US"}}""")]
    [InlineData("""{"type":"invoke","name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","verb":"go","data":{"x":1}},"trigger":"manual"}}""")]
    [InlineData("""{"type":"messageReaction","reactionsAdded":[{"type":"like"}],"replyToId":"42"}""")]
    [InlineData("""{"type":"message","value":{"answer":"Large"},"replyToId":"card-1"}""")]
    public void RoundTrip_EachActivityType_IsLossless(string json)
    {
        var activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity))));
    }

    [Fact]
    public void RoundTrip_CardsAndSuggestedActions_KeepAdaptiveCardJsonVerbatim()
    {
        const string json = """
            {"type":"message",
             "attachments":[
               {"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.4","body":[{"type":"TextBlock","text":"Django","weight":"Bolder"}],"actions":[{"type":"Action.Submit","title":"Why?","data":{"followUp":"why"}}]}},
               {"contentType":"application/vnd.microsoft.card.hero","content":{"title":"Pick a size","buttons":[{"type":"imBack","title":"Small","value":"Small"}]}}],
             "suggestedActions":{"to":["u1"],"actions":[{"type":"imBack","title":"Yes","value":"Yes"},{"type":"postBack","title":"No","value":{"answer":false}}]}}
            """;

        var activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!;

        Assert.Equal(AttachmentContentTypes.AdaptiveCard, activity.Attachments![0].ContentType);
        Assert.Equal("Yes", activity.SuggestedActions!.Actions![0].Value!.Value.GetString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity))));
    }

    [Fact]
    public void HeroCard_ToAttachment_HasHeroContentTypeAndImBackButtons()
    {
        var attachment = new HeroCard { Text = "Which size?", Buttons = [CardAction.ImBack("Small"), CardAction.ImBack("Large team", "Large")] }.ToAttachment();

        Assert.Equal(AttachmentContentTypes.HeroCard, attachment.ContentType);
        var buttons = attachment.Content!.Value.GetProperty("buttons");
        Assert.Equal("imBack", buttons[1].GetProperty("type").GetString());
        Assert.Equal("Large", buttons[1].GetProperty("value").GetString());
    }
}
