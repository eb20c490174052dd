using System.Text;
using System.Text.Json;
using Advisor.Dialogs.Results;
using Bot.Core.Schema;

namespace Advisor.Dialogs.Tests.Results;

/// <summary>The "Decision record" button on the recommendation card, in every channel, and on an older card.</summary>
public sealed class DecisionRecordButtonTests
{
    private const string Description = "A 3-person REST API, due in 3 weeks, internal only, we're beginners";

    private static async Task<(AdvisorHarness Harness, JsonElement Card)> AtRecommendationAsync(string channelId)
    {
        var harness = new AdvisorHarness(channelId);
        await harness.SendAsync(harness.Adapter.MakeMessage(Description));
        var card = harness.DrainReplies().Single(r => r.Attachments is { Count: > 0 }).Attachments![0].Content!.Value;
        return (harness, card);
    }

    private static JsonElement RecordButton(JsonElement card) =>
        card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == AdvisorStrings.RecordButton);

    /// <summary>What Web Chat and the Emulator send for an Action.Submit: the button's data as value, and no text.</summary>
    private static Activity Submit(AdvisorHarness harness, JsonElement data)
    {
        var press = harness.Adapter.MakeMessage("");
        press.Text = null;
        press.Value = data.Clone();
        return press;
    }

    private static string FileText(Attachment file) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(file.ContentUrl!["data:text/markdown;base64,".Length..]));

    [Fact]
    public async Task Press_InWebChat_SendsTheDecisionRecordAsADownloadableFile()
    {
        var (harness, card) = await AtRecommendationAsync(Channels.WebChat);
        var button = RecordButton(card);
        Assert.Equal("Action.Submit", button.GetProperty("type").GetString());

        await harness.SendAsync(Submit(harness, button.GetProperty("data")));

        var reply = Assert.Single(harness.DrainReplies());
        var file = Assert.Single(reply.Attachments!);
        Assert.Equal((DecisionRecord.FileName, "text/markdown"), (file.Name, file.ContentType));
        Assert.StartsWith("# Decision record: Flask for ", FileText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Press_InTheEmulator_SendsTheRecordAsAMarkdownMessage()
    {
        var (harness, card) = await AtRecommendationAsync(Channels.Emulator);

        await harness.SendAsync(Submit(harness, RecordButton(card).GetProperty("data")));

        var reply = Assert.Single(harness.DrainReplies());
        Assert.Equal("markdown", reply.TextFormat);
        Assert.StartsWith("# Decision record: Flask for ", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_InTeams_SendsTheRecordAsAMarkdownMessageAndKeepsTheCard()
    {
        var (harness, card) = await AtRecommendationAsync(Channels.MsTeams);
        var button = RecordButton(card);
        Assert.Equal("Action.Execute", button.GetProperty("type").GetString());
        var invoke = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "adaptiveCard/action",
            Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = button.GetProperty("verb").GetString(), data = button.GetProperty("data") } }),
        };

        await harness.SendAsync(invoke);

        var replies = harness.DrainReplies();
        var message = Assert.Single(replies, r => r.Type == ActivityTypes.Message);
        Assert.Equal("markdown", message.TextFormat);
        Assert.Contains("## What would change it", message.Text, StringComparison.Ordinal);
        var refreshed = Assert.Single(replies, r => r.Type == ActivityTypes.InvokeResponse).Value!.Value.GetProperty("body").GetProperty("value");
        Assert.Equal(RecordButton(card).ToString(), RecordButton(refreshed).ToString());
    }

    [Fact]
    public async Task Press_OnAnOlderCard_IsLeftAloneAsStale()
    {
        var (harness, card) = await AtRecommendationAsync(Channels.WebChat);
        await harness.SendAsync(harness.Adapter.MakeMessage("actually it's a large team"));
        harness.DrainReplies();

        await harness.SendAsync(Submit(harness, RecordButton(card).GetProperty("data")));

        var replies = harness.DrainReplies();
        Assert.Equal(AdvisorStrings.StaleButton, replies[0].Text);
        Assert.DoesNotContain(replies, r => r.Attachments?.Any(a => a.Name == DecisionRecord.FileName) == true);
    }

    [Fact]
    public async Task Press_WhileAskedWhichAnswerToChange_GoesBackToTheResultAndSendsTheRecord()
    {
        var (harness, card) = await AtRecommendationAsync(Channels.Emulator);
        await harness.SendAsync(harness.Adapter.MakeMessage("change an answer"));
        harness.DrainReplies();

        await harness.SendAsync(Submit(harness, RecordButton(card).GetProperty("data")));

        var reply = Assert.Single(harness.DrainReplies());
        Assert.StartsWith("# Decision record:", reply.Text, StringComparison.Ordinal);
    }
}
