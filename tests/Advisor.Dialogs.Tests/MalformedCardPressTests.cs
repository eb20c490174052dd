using System.Text.Json;
using Bot.Core.Schema;
using Microsoft.Extensions.Logging;

namespace Advisor.Dialogs.Tests;

/// <summary>
/// Issue 13, D2: card values the bot did not write (a card id as a string, "NaN", a huge number)
/// are unreadable input, answered like any other unreadable answer: never an exception, never a reset.
/// </summary>
public sealed class MalformedCardPressTests
{
    private static async Task<AdvisorHarness> AtRecommendationAsync(string channelId)
    {
        var harness = new AdvisorHarness(channelId);
        await harness.SendAsync(harness.Adapter.MakeMessage("Small team, two weeks, internal tool, a prototype, beginners"));
        harness.DrainReplies();
        return harness;
    }

    public static TheoryData<string> MalformedCardIds => new() { "\"1\"", "\"NaN\"", "1.5", "99999999999999999999", "null", "{}", "[1]" };

    [Theory]
    [MemberData(nameof(MalformedCardIds))]
    public async Task SubmitWithAMalformedCardId_IsNoFailure(string cardId)
    {
        var harness = await AtRecommendationAsync(Channels.Emulator);
        var press = harness.Adapter.MakeMessage("");
        press.Text = null;
        press.Value = JsonDocument.Parse($$"""{"advisor":"why","card":{{cardId}}}""").RootElement.Clone();

        await harness.SendAsync(press);

        Assert.DoesNotContain(harness.ErrorLog.Records, r => r.Level >= LogLevel.Error);
        Assert.DoesNotContain(harness.DrainReplies(), r => r.Text == Bot.Core.Hosting.ResetConversationErrorHandler.ResetMessage);
    }

    [Theory]
    [MemberData(nameof(MalformedCardIds))]
    public async Task ExecuteWithAMalformedCardId_IsAnsweredWithoutFailure(string cardId)
    {
        var harness = await AtRecommendationAsync(Channels.MsTeams);
        var invoke = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "adaptiveCard/action",
            Value = JsonDocument.Parse("""{"action":{"type":"Action.Execute","verb":"why","data":{"advisor":"why","card":""" + cardId + "}}}").RootElement.Clone(),
        };

        await harness.SendAsync(invoke);

        Assert.DoesNotContain(harness.ErrorLog.Records, r => r.Level >= LogLevel.Error);
        var replies = harness.DrainReplies();
        Assert.DoesNotContain(replies, r => r.Text == Bot.Core.Hosting.ResetConversationErrorHandler.ResetMessage);
        Assert.Single(replies, r => r.Type == ActivityTypes.InvokeResponse);
    }
}
