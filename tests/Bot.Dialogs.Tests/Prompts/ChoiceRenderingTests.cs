using Bot.Core.Schema;
using Bot.Dialogs.Prompts;
using Bot.Dialogs.Tests.Dialogs;

namespace Bot.Dialogs.Tests.Prompts;

/// <summary>Protocol doc §8.4 and §6.6: choices shown the way each channel can show them.</summary>
public sealed class ChoiceRenderingTests
{
    private static readonly Choice[] s_short = [new("Django"), new("Flask")];

    private static async Task<Activity> FirstPromptAsync(string channelId, Dialog prompt, IReadOnlyList<Choice>? choices = null)
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text("Which one?"), Choices = choices ?? s_short };
        var harness = new DialogHarness(new PromptTestDialog(prompt, options), channelId);
        Activity? reply = null;
        await harness.Flow().Send("hi").AssertReply(r => reply = r).StartTestAsync(TestContext.Current.CancellationToken);
        return reply!;
    }

    [Theory]
    [InlineData(Channels.WebChat)]
    [InlineData(Channels.DirectLine)]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.Test)]
    public async Task OnPromptAsync_ChannelWithSuggestedActions_SendsImBackToUser(string channelId)
    {
        var reply = await FirstPromptAsync(channelId, new ChoicePrompt("pick"));

        Assert.Equal("Which one?", reply.Text);
        Assert.Equal(["user1"], reply.SuggestedActions!.To!);
        Assert.Equal(["Django", "Flask"], reply.SuggestedActions.Actions!.Select(a => a.Title));
        Assert.All(reply.SuggestedActions.Actions!, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public async Task OnPromptAsync_Teams_SendsHeroCardButtonsAndKeepsText()
    {
        var reply = await FirstPromptAsync(Channels.MsTeams, new ChoicePrompt("pick"));

        Assert.Equal("Which one?", reply.Text);
        Assert.Null(reply.SuggestedActions);
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(AttachmentContentTypes.HeroCard, attachment.ContentType);
        var buttons = attachment.Content!.Value.GetProperty("buttons");
        Assert.Equal("Django", buttons[0].GetProperty("title").GetString());
    }

    /// <summary>
    /// Protocol doc §6.3: in a Teams channel or group chat only messages that @mention the bot reach it, and an
    /// imBack press carries no mention. A messageBack goes to the bot; its text is the answer, and its value
    /// holds it too, so a press read from either (PromptInput) is the choice.
    /// </summary>
    [Fact]
    public async Task OnPromptAsync_Teams_ButtonsAreMessageBacksThatSendTheChoice()
    {
        var reply = await FirstPromptAsync(Channels.MsTeams, new ChoicePrompt("pick"));

        var flask = reply.Attachments![0].Content!.Value.GetProperty("buttons")[1];
        Assert.Equal(ActionTypes.MessageBack, flask.GetProperty("type").GetString());
        Assert.Equal("Flask", flask.GetProperty("text").GetString());
        Assert.Equal("Flask", flask.GetProperty("displayText").GetString());
        Assert.Equal("Flask", PromptInput.GetText(new Activity { Type = ActivityTypes.Message, Value = flask.GetProperty("value") }));
    }

    [Fact]
    public async Task OnPromptAsync_OtherChannel_SendsNumberedList()
    {
        var reply = await FirstPromptAsync("slack", new ChoicePrompt("pick"));

        Assert.Equal("Which one?\n\n1. Django\n2. Flask", reply.Text);
        Assert.Null(reply.SuggestedActions);
    }

    [Fact]
    public async Task OnPromptAsync_TitleLongerThan20_SendsNumberedListEverywhere()
    {
        var reply = await FirstPromptAsync(Channels.WebChat, new ChoicePrompt("pick"), [new("A team of more than fifty people"), new("Just me")]);

        Assert.Equal("Which one?\n\n1. A team of more than fifty people\n2. Just me", reply.Text);
        Assert.Null(reply.SuggestedActions);
    }

    [Fact]
    public async Task OnPromptAsync_ConfirmPrompt_OffersYesAndNo()
    {
        var reply = await FirstPromptAsync(Channels.WebChat, new ConfirmPrompt("ok"));

        Assert.Equal(["Yes", "No"], reply.SuggestedActions!.Actions!.Select(a => a.Title));
    }
}
