using System.Text.Json;
using Bot.Core.Schema;
using Bot.Dialogs.Prompts;
using Bot.Dialogs.Tests.Dialogs;

namespace Bot.Dialogs.Tests.Prompts;

/// <summary>Issue 12: no channel gets more card buttons than it shows; a long list is one choice-set card that still takes typed answers.</summary>
public sealed class ChoiceCapabilityTests
{
    private static readonly Choice[] s_twelve = [.. Enumerable.Range(1, 12).Select(i => new Choice($"Option {i}"))];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Activity Render(string channelId, IReadOnlyList<Choice> choices, ListStyle style = ListStyle.Auto) =>
        ChoiceRenderer.Render(MessageFactory.Text("Which one?"), choices, style, channelId, "user1");

    private static JsonElement ChoiceSetOf(Activity reply)
    {
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(AttachmentContentTypes.AdaptiveCard, attachment.ContentType);
        var input = attachment.Content!.Value.GetProperty("body")[0];
        Assert.Equal("Input.ChoiceSet", input.GetProperty("type").GetString());
        Assert.Equal(PromptInput.AnswerProperty, input.GetProperty("id").GetString());
        Assert.Equal("compact", input.GetProperty("style").GetString());
        Assert.Equal("Action.Submit", attachment.Content.Value.GetProperty("actions")[0].GetProperty("type").GetString());
        return input;
    }

    [Theory]
    [InlineData(Channels.MsTeams)]
    [InlineData(Channels.WebChat)]
    [InlineData(Channels.DirectLine)]
    [InlineData(Channels.Emulator)]
    public void Render_MoreChoicesThanButtonsShown_SendsOneChoiceSetCardWithEveryChoice(string channelId)
    {
        var reply = Render(channelId, s_twelve);

        var input = ChoiceSetOf(reply);
        Assert.Equal(s_twelve.Select(c => c.Value), input.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.Equal(s_twelve.Select(c => c.Value), input.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("title").GetString()));
        Assert.Equal("Which one?", reply.Text);
        Assert.Null(reply.SuggestedActions);
    }

    [Fact]
    public void Render_TeamsHeroCardAskedForTooManyButtons_SendsTheChoiceSetInstead()
    {
        var reply = Render(Channels.MsTeams, s_twelve[..7], ListStyle.HeroCard);

        Assert.Equal(7, ChoiceSetOf(reply).GetProperty("choices").GetArrayLength());
    }

    [Fact]
    public void Render_TeamsWithSixChoices_KeepsTheHeroCardButtons()
    {
        var reply = Render(Channels.MsTeams, s_twelve[..ChoiceRenderer.MaxButtons]);

        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(AttachmentContentTypes.HeroCard, attachment.ContentType);
        Assert.Equal(6, attachment.Content!.Value.GetProperty("buttons").GetArrayLength());
    }

    [Fact]
    public void Render_LongListOnAChannelWithoutCards_SendsANumberedList()
    {
        var reply = Render("slack", s_twelve);

        Assert.Null(reply.Attachments);
        Assert.EndsWith("11. Option 11\n12. Option 12", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoicePrompt_ChoiceSetSubmitOrTypedAnswer_RecognizedAlike()
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text("Which one?"), Choices = s_twelve };
        var submit = new Activity { Type = ActivityTypes.Message, Value = JsonDocument.Parse("""{"answer":"Option 9"}""").RootElement.Clone() };
        var bySubmit = new DialogHarness(new PromptTestDialog(new ChoicePrompt("pick"), options), Channels.WebChat);
        var byText = new DialogHarness(new PromptTestDialog(new ChoicePrompt("pick"), options), Channels.WebChat);

        await bySubmit.Flow().Send("hi").AssertReply(r => ChoiceSetOf(r)).Send(submit).StartTestAsync(Ct);
        await byText.Flow().Send("hi").AssertReply(r => ChoiceSetOf(r)).Send("option 9").StartTestAsync(Ct);

        Assert.Equal("Option 9", bySubmit.LastResult!.Result!["value"]!.GetValue<string>());
        Assert.Equal("Option 9", byText.LastResult!.Result!["value"]!.GetValue<string>());
    }
}
