using System.Text.Json;
using Bot.Core.Schema;

namespace Bot.Core.Tests;

public sealed class ActivityExtensionsTests
{
    private static Activity Incoming(string type = ActivityTypes.Message, string channel = Channels.Emulator) => new()
    {
        Type = type,
        Id = "act-1",
        ChannelId = channel,
        ServiceUrl = "http://localhost:5000",
        From = new ChannelAccount("user-1", "User"),
        Recipient = new ChannelAccount("bot-1", "Bot"),
        Conversation = new ConversationAccount("conv-1"),
        Locale = "en-GB",
    };

    [Fact]
    public void CreateReply_Message_SwapsAccountsAndRepliesToTheIncomingId()
    {
        var reply = Incoming().CreateReply("Hello");

        Assert.Equal(("bot-1", "user-1"), (reply.From!.Id, reply.Recipient!.Id));
        Assert.Equal(("conv-1", "act-1", "en-GB"), (reply.Conversation!.Id, reply.ReplyToId, reply.Locale));
        Assert.Equal((Channels.Emulator, "http://localhost:5000"), (reply.ChannelId, reply.ServiceUrl));
        Assert.Null(reply.Id);
    }

    [Theory]
    [InlineData(Channels.DirectLine, null)]
    [InlineData(Channels.WebChat, null)]
    [InlineData(Channels.Emulator, "act-1")]
    [InlineData(Channels.MsTeams, "act-1")]
    public void CreateReply_ToConversationUpdate_OmitsReplyToIdOnDirectLineAndWebChat(string channel, string? expectedReplyTo)
    {
        var reply = Incoming(ActivityTypes.ConversationUpdate, channel).CreateReply("Welcome");

        Assert.Equal(expectedReplyTo, reply.ReplyToId);
    }

    [Fact]
    public void MembersAddedOtherThanBot_SkipsTheBotItself()
    {
        var update = Incoming(ActivityTypes.ConversationUpdate);
        update.MembersAdded = [new ChannelAccount("bot-1"), new ChannelAccount("user-1"), new ChannelAccount("user-2")];

        Assert.Equal(["user-1", "user-2"], update.MembersAddedOtherThanBot().Select(m => m.Id));
    }

    [Theory]
    [InlineData("<at>Advisor</at> why django?", """[{"type":"mention","mentioned":{"id":"bot-1","name":"Advisor"},"text":"<at>Advisor</at>"}]""", "why django?")]
    [InlineData("why <AT>advisor</AT> django?", """[{"type":"mention","mentioned":{"id":"bot-1","name":"Advisor"},"text":"<at>Advisor</at>"}]""", "why  django?")]
    [InlineData("<at>Advisor</at> hi", """[{"type":"mention","mentioned":{"id":"bot-1","name":"Advisor"}}]""", "hi")]
    [InlineData("<at>Sam</at> and <at>Advisor</at> hi", """[{"type":"mention","mentioned":{"id":"29:sam","name":"Sam"},"text":"<at>Sam</at>"},{"type":"mention","mentioned":{"id":"bot-1","name":"Advisor"},"text":"<at>Advisor</at>"}]""", "<at>Sam</at> and  hi")]
    [InlineData("no mention", "[]", "no mention")]
    public void TextWithoutBotMention_RemovesOnlyTheBotsMention(string text, string entities, string expected)
    {
        var activity = Incoming();
        activity.Text = text;
        activity.Entities = JsonSerializer.Deserialize($$"""{"entities":{{entities}}}""", BotJsonContext.Default.Activity)!.Entities;

        Assert.Equal(expected, activity.TextWithoutBotMention());
    }

    [Fact]
    public void TextWithoutBotMention_NullText_IsNull()
    {
        var activity = Incoming();
        activity.Text = null;

        Assert.Null(activity.TextWithoutBotMention());
    }
}
