using System.Text.Json;
using Bot.Core.Schema;

namespace Advisor.Dialogs.Tests;

/// <summary>Teams Universal Actions: card buttons are Action.Execute, answered by an invoke response that refreshes the card.</summary>
public sealed class TeamsActionExecuteTests
{
    private static async Task<AdvisorHarness> AtRecommendationAsync()
    {
        var harness = new AdvisorHarness(Channels.MsTeams);
        await harness.SendAsync(harness.Adapter.MakeMessage("Small team, two weeks, internal tool, a prototype, beginners"));
        var card = harness.DrainReplies().Single(r => r.Attachments is { Count: > 0 }).Attachments![0].Content!.Value;
        Assert.All(card.GetProperty("actions").EnumerateArray(), a => Assert.Equal("Action.Execute", a.GetProperty("type").GetString()));
        return harness;
    }

    private static Activity Execute(string verb, int card) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = "adaptiveCard/action",
        Value = JsonDocument.Parse($$$"""{"action":{"type":"Action.Execute","verb":"{{{verb}}}","data":{"advisor":"{{{verb}}}","card":{{{card}}}}},"trigger":"manual"}""").RootElement.Clone(),
    };

    private static (List<Activity> Messages, JsonElement Body) Split(List<Activity> replies)
    {
        var invoke = Assert.Single(replies, r => r.Type == ActivityTypes.InvokeResponse);
        var response = invoke.Value!.Value;
        Assert.Equal(200, response.GetProperty("status").GetInt32());
        var body = response.GetProperty("body");
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(AttachmentContentTypes.AdaptiveCard, body.GetProperty("type").GetString());
        return ([.. replies.Where(r => r.Type == ActivityTypes.Message)], body.GetProperty("value"));
    }

    [Fact]
    public async Task ExecuteOnCurrentCard_AnswersAndKeepsTheCardsButtons()
    {
        var harness = await AtRecommendationAsync();

        await harness.SendAsync(Execute("whyNot", 1));

        var (messages, card) = Split(harness.DrainReplies());
        Assert.Contains("what tips it to Flask", Assert.Single(messages).Text, StringComparison.Ordinal);
        Assert.Equal(5, card.GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public async Task ExecuteOnAnOlderCard_IsRefusedAndThatCardIsRetired()
    {
        var harness = await AtRecommendationAsync();
        await harness.SendAsync(harness.Adapter.MakeMessage("actually it's a large team"));
        harness.DrainReplies();

        await harness.SendAsync(Execute("startOver", 1));

        var (messages, card) = Split(harness.DrainReplies());
        Assert.Equal(AdvisorStrings.StaleButton, messages[0].Text);
        Assert.False(card.TryGetProperty("actions", out _));
        Assert.Contains(AdvisorStrings.RetiredCard, card.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(Advisor.Knowledge.ProjectAnswers.None, (await ReadAnswersAsync(harness)));
    }

    [Fact]
    public async Task ExecuteChangeAnswer_AsksWhich_AndTheCardKeepsItsButtons()
    {
        // Until an answer is picked nothing has changed, so the card's buttons still act (and pressing one calls the change off).
        var harness = await AtRecommendationAsync();

        await harness.SendAsync(Execute("change", 1));

        var (messages, card) = Split(harness.DrainReplies());
        Assert.Equal(AdvisorStrings.WhichAnswer, messages[0].Text);
        Assert.True(card.TryGetProperty("actions", out _));
    }

    [Fact]
    public async Task ExecuteOnTheCardWhoseAnswerIsBeingChanged_CallsTheChangeOffAndAnswersThePress()
    {
        var harness = await AtRecommendationAsync();
        await harness.SendAsync(Execute("change", 1));
        await harness.SendAsync(harness.Adapter.MakeMessage("timeline"));
        harness.DrainReplies();

        await harness.SendAsync(Execute("whyNot", 1));

        var (messages, card) = Split(harness.DrainReplies());
        Assert.Contains("tips it to", Assert.Single(messages).Text, StringComparison.Ordinal);
        Assert.True(card.TryGetProperty("actions", out _));
        Assert.NotNull((await ReadAnswersAsync(harness)).Timeline);
    }

    private static async Task<Advisor.Knowledge.ProjectAnswers> ReadAnswersAsync(AdvisorHarness harness)
    {
        var turn = new Bot.Core.Turns.TurnContext(harness.Adapter, harness.Adapter.MakeMessage("peek"));
        return (await harness.Store.GetAsync(turn, TestContext.Current.CancellationToken)).Answers;
    }
}
