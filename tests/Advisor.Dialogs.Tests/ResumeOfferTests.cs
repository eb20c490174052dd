using System.Text.Json;
using Advisor.Dialogs;
using Advisor.Dialogs.Resume;
using Advisor.Dialogs.State;
using Bot.Core.Schema;
using Bot.Core.State;
using Bot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Advisor.Dialogs.Tests;

/// <summary>Issue 14: a returning user's new conversation offers to continue where they left off, or to start over.</summary>
public sealed class ResumeOfferTests
{
    private readonly MemoryStorage _storage = new();
    private readonly FakeTimeProvider _time = new(AdvisorHarness.Now);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewConversation_AfterTwoAnswers_OffersToContinueWithThem()
    {
        var first = Conversation("first");
        await SayAsync(first, "ask me the questions");
        await SayAsync(first, "small");

        var offer = (await JoinAsync(Conversation("second"))).Single();

        Assert.StartsWith("Welcome back! Last time you told me: a small project", offer.Text, StringComparison.Ordinal);
        Assert.Equal([ResumeStrings.ContinueButton, ResumeStrings.StartOverButton], offer.SuggestedActions!.Actions!.Select(a => a.Title));
    }

    [Fact]
    public async Task Continue_AsksTheQuestionTheUserHadReached()
    {
        var first = Conversation("first");
        await SayAsync(first, "ask me the questions");
        var reached = (await SayAsync(first, "small")).Last().Text;
        var second = Conversation("second");
        await JoinAsync(second);

        var replies = await SayAsync(second, ResumeStrings.ContinueButton);

        Assert.Equal(ResumeStrings.Continuing, replies[0].Text);
        Assert.Equal(reached, replies.Last().Text);
    }

    [Fact]
    public async Task Continue_KeepsTheFamiliarityThatDecidedTheVerdict()
    {
        var first = Conversation("first");
        await SayAsync(first, "ask me the questions");
        foreach (var answer in new[] { "Small (1–3 people)", "1–6 months", "Personal data", "Something else", "Some experience" })
        {
            await SayAsync(first, answer);
        }

        var before = (await SayAsync(first, "we only know Flask")).Single(r => r.Text?.StartsWith("I recommend", StringComparison.Ordinal) == true).Text;
        var second = Conversation("second");
        await JoinAsync(second);

        var after = (await SayAsync(second, ResumeStrings.ContinueButton)).Single(r => r.Text?.StartsWith("I recommend", StringComparison.Ordinal) == true).Text;

        Assert.StartsWith("I recommend Flask", before, StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task StartOver_ForgetsTheLastProject()
    {
        var second = await OfferedAsync();

        await SayAsync(second, ResumeStrings.StartOverButton);
        var third = await JoinAsync(Conversation("third"));

        Assert.DoesNotContain(third, a => a.Text?.StartsWith("Welcome back", StringComparison.Ordinal) == true);
    }

    /// <summary>A tester saw the whole welcome and then "Let's go" at once: start over offers the two ways in, once, and waits.</summary>
    [Fact]
    public async Task StartOver_OffersTheTwoWaysInOnce_AndWaits()
    {
        var second = await OfferedAsync();

        var replies = await SayAsync(second, ResumeStrings.StartOverButton);
        var asked = await SayAsync(second, "3 devs, 2 months, public content");

        var reply = Assert.Single(replies);
        Assert.Equal(ResumeStrings.StartingFresh, reply.Text);
        Assert.Contains(reply.SuggestedActions!.Actions!, a => a.Title == AdvisorStrings.AskMeButton);
        Assert.StartsWith("Got it: “3 devs” → a small project", asked[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hello_AfterTheOffer_OffersAgain()
    {
        var second = await OfferedAsync();

        var replies = await SayAsync(second, "hi");
        var continued = await SayAsync(second, ResumeStrings.ContinueButton);

        var offer = Assert.Single(replies);
        Assert.StartsWith("Welcome back!", offer.Text, StringComparison.Ordinal);
        Assert.Equal([ResumeStrings.ContinueButton, ResumeStrings.StartOverButton], offer.SuggestedActions!.Actions!.Select(a => a.Title));
        Assert.Equal(ResumeStrings.Continuing, continued[0].Text);
    }

    [Fact]
    public async Task ButtonTitle_AfterTheOffer_IsThatQuestionsAnswer()
    {
        var second = await OfferedAsync();
        await SayAsync(second, "hi");

        var replies = await SayAsync(second, "Large (11+)");

        Assert.Contains(replies, a => a.Text == "Got it: “Large (11+)” → a large project.");
        Assert.DoesNotContain(replies, a => a.Text?.Contains("work it out together", StringComparison.Ordinal) == true);
        Assert.StartsWith("When do you need the first release?", replies.Last().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastProjectOfAnotherVersion_IsForgottenWithoutAnOffer()
    {
        var stale = JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["LastProject"] = new Dictionary<string, object> { ["version"] = 0, ["size"] = "Small" } });
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { ["test/users/user1"] = new(stale, null) }, Ct);

        var replies = await JoinAsync(Conversation("second"));

        Assert.DoesNotContain(replies, a => a.Text?.StartsWith("Welcome back", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("LastProject", (await _storage.ReadAsync(["test/users/user1"], Ct))["test/users/user1"].Value.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>Issue 16: the conversation's and the user's state cost one storage read and one write per answering turn, together.</summary>
    [Fact]
    public async Task EveryTurnOfAnInterview_ReadsStateOnce_AndWritesItOnce()
    {
        var storage = new RecordingStorage(_storage);
        var store = new AdvisorStateStore(new ConversationState(storage));
        var bot = new AdvisorBot(store, new AdvisorDialog(store, _time), _time, NullLogger<AdvisorBot>.Instance, new ResumeOffer(new UserState(storage)));
        var conversation = (new TestAdapter(Channels.Test, time: _time, conversationId: "counted"), bot);
        var turns = new List<(int Reads, int Writes)>();
        var last = new List<Activity>();
        foreach (var text in new[] { "ask me the questions", "Small (1–3 people)", "1–6 months", "Personal data", "Something else", "Some experience" })
        {
            storage.Clear();
            last = await SayAsync(conversation, text);
            turns.Add((storage.Reads.Count, storage.Writes.Count));
        }

        Assert.All(turns, turn => Assert.Equal((1, 1), turn));
        Assert.Contains(last, a => a.Text?.StartsWith("I recommend", StringComparison.Ordinal) == true);
        Assert.StartsWith("Welcome back! Last time you told me: a small project", (await JoinAsync(Conversation("next"))).Single().Text, StringComparison.Ordinal);
    }

    /// <summary>A user who answered the size question in a first conversation joins a second one, and is offered to continue.</summary>
    private async Task<(TestAdapter Adapter, AdvisorBot Bot)> OfferedAsync()
    {
        var first = Conversation("first");
        await SayAsync(first, "ask me the questions");
        await SayAsync(first, "small");
        var second = Conversation("second");
        await JoinAsync(second);
        return second;
    }

    private (TestAdapter Adapter, AdvisorBot Bot) Conversation(string id)
    {
        var store = new AdvisorStateStore(new ConversationState(_storage));
        var bot = new AdvisorBot(store, new AdvisorDialog(store, _time), _time, NullLogger<AdvisorBot>.Instance, new ResumeOffer(new UserState(_storage)));
        return (new TestAdapter(Channels.Test, time: _time, conversationId: id), bot);
    }

    private static Task<List<Activity>> JoinAsync((TestAdapter Adapter, AdvisorBot Bot) conversation) =>
        RunAsync(conversation, conversation.Adapter.Stamp(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [conversation.Adapter.User] }));

    private static Task<List<Activity>> SayAsync((TestAdapter Adapter, AdvisorBot Bot) conversation, string text) =>
        RunAsync(conversation, conversation.Adapter.MakeMessage(text));

    private static async Task<List<Activity>> RunAsync((TestAdapter Adapter, AdvisorBot Bot) conversation, Activity activity)
    {
        await conversation.Adapter.ProcessActivityAsync(activity, conversation.Bot.OnTurnAsync, Ct);
        var replies = new List<Activity>();
        while (conversation.Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }
}
