using Advisor.Knowledge;
using Bot.Core.Schema;

namespace Advisor.Dialogs.Tests;

/// <summary>Every interruption, in natural words, at every interview question.</summary>
public sealed class InterruptionMatrixTests
{
    // The button answers that lead to each question, in asking order.
    private static readonly string[] Path = ["Small (1–3 people)", "A few weeks", "Standard", "Prototype / MVP", "Beginners"];
    private static readonly Answer[] ButtonAnswers = [ProjectSize.Small, Timeline.Weeks, SecurityNeeds.Standard, UseCase.Prototype, TeamExperience.Beginner];

    public static TheoryData<Question> Questions() => [.. KnowledgeBase.Questions.Select(q => q.Id)];

    private static async Task<AdvisorHarness> AtQuestionAsync(Question question)
    {
        var harness = new AdvisorHarness();
        await harness.SendAsync(harness.Adapter.MakeMessage("Ask me the questions"));
        var index = KnowledgeBase.Questions.ToList().FindIndex(q => q.Id == question);
        foreach (var answer in Path.Take(index))
        {
            await harness.SendAsync(harness.Adapter.MakeMessage(answer));
        }

        var replies = harness.DrainReplies();
        Assert.StartsWith(KnowledgeBase.Question(question).Prompt, replies[^1].Text, StringComparison.Ordinal);
        return harness;
    }

    private static async Task<List<string?>> SayAsync(AdvisorHarness harness, string text)
    {
        await harness.SendAsync(harness.Adapter.MakeMessage(text));
        return [.. harness.DrainReplies().Select(r => r.Text)];
    }

    private static string PromptOf(Question question) => KnowledgeBase.Question(question).Prompt;

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Help_AtEveryQuestion_ExplainsWhyAndAsksAgain(Question question)
    {
        var harness = await AtQuestionAsync(question);

        var replies = await SayAsync(harness, "sorry, why are you asking that?");

        Assert.Equal(2, replies.Count);
        Assert.StartsWith(KnowledgeBase.Question(question).WhyWeAsk, replies[0], StringComparison.Ordinal);
        Assert.StartsWith(PromptOf(question), replies[1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Cancel_AtEveryQuestion_StopsAndForgetsTheAnswers(Question question)
    {
        var harness = await AtQuestionAsync(question);

        var replies = await SayAsync(harness, "forget it");

        Assert.Equal([AdvisorStrings.Cancelled], replies);
        var state = await ReadStateAsync(harness);
        Assert.Equal(ProjectAnswers.None, state.Answers);
        Assert.StartsWith(PromptOf(Question.Size), (await SayAsync(harness, "ok let's try again"))[^1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task StartOver_AtEveryQuestion_AsksTheFirstQuestionAgain(Question question)
    {
        var harness = await AtQuestionAsync(question);

        var replies = await SayAsync(harness, "can we start over?");

        Assert.Equal(AdvisorStrings.StartingOver, replies[0]);
        Assert.StartsWith(PromptOf(Question.Size), replies[1], StringComparison.Ordinal);
        Assert.Equal(ProjectAnswers.None, (await ReadStateAsync(harness)).Answers);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Back_AtEveryQuestion_ReasksThePreviousOne(Question question)
    {
        var harness = await AtQuestionAsync(question);
        var index = KnowledgeBase.Questions.ToList().FindIndex(q => q.Id == question);

        var replies = await SayAsync(harness, "go back");

        var reasked = index == 0 ? question : KnowledgeBase.Questions[index - 1].Id;
        var expected = index == 0 ? AdvisorStrings.BackAtFirst : AdvisorStrings.GoingBack(KnowledgeBase.Question(reasked).Option(ButtonAnswers[index - 1]).Label);
        Assert.Equal(expected, replies[0]);
        Assert.StartsWith(PromptOf(reasked), replies[^1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task ChangeAnswer_AtEveryQuestion_AsksWhichOrSaysThereIsNothingYet(Question question)
    {
        var harness = await AtQuestionAsync(question);

        var replies = await SayAsync(harness, "I want to change my answer");

        Assert.Equal(question == Question.Size ? AdvisorStrings.NothingToRedo : AdvisorStrings.WhichAnswer, replies[0]);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task EmptyCardSubmit_AtEveryQuestion_RetriesWithoutCrashing(Question question)
    {
        var harness = await AtQuestionAsync(question);

        await harness.SendAsync(new Activity { Type = ActivityTypes.Message, Value = System.Text.Json.JsonDocument.Parse("""{"unrelated":42}""").RootElement.Clone() });

        var reply = Assert.Single(harness.DrainReplies());
        Assert.Equal(AdvisorStrings.Retry(question), reply.Text);
        Assert.Empty(harness.ErrorLog.Records);
    }

    private static async Task<Advisor.Dialogs.State.AdvisorState> ReadStateAsync(AdvisorHarness harness)
    {
        var turn = new Bot.Core.Turns.TurnContext(harness.Adapter, harness.Adapter.MakeMessage("peek"));
        return await harness.Store.GetAsync(turn, TestContext.Current.CancellationToken);
    }
}
