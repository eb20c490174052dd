namespace Advisor.Knowledge.Tests;

public sealed class QuestionTests
{
    [Fact]
    public void Questions_RequiredOnes_AreSizeTimelineAndSecurityAskedFirst()
    {
        Assert.Equal(
            [(Question.Size, true), (Question.Timeline, true), (Question.Security, true), (Question.UseCase, false), (Question.Experience, false)],
            KnowledgeBase.Questions.Select(q => (q.Id, q.IsRequired)));
    }

    [Fact]
    public void Questions_EveryEnumValue_HasExactlyOneOptionWithLabelAndSynonyms()
    {
        var expected = new Dictionary<Question, Answer[]>
        {
            [Question.Size] = [.. Enum.GetValues<ProjectSize>().Select(v => (Answer)v)],
            [Question.Timeline] = [.. Enum.GetValues<Timeline>().Select(v => (Answer)v)],
            [Question.Security] = [.. Enum.GetValues<SecurityNeeds>().Select(v => (Answer)v)],
            [Question.UseCase] = [.. Enum.GetValues<UseCase>().Select(v => (Answer)v)],
            [Question.Experience] = [.. Enum.GetValues<TeamExperience>().Select(v => (Answer)v)],
        };

        Assert.All(KnowledgeBase.Questions, q =>
        {
            Assert.Equal(expected[q.Id], q.Options.Select(o => o.Answer));
            Assert.All(q.Options, o =>
            {
                Assert.Equal(q.Id, o.Question);
                Assert.False(string.IsNullOrWhiteSpace(o.Label));
                Assert.NotEmpty(o.Synonyms);
            });
            Assert.EndsWith(".", q.WhyWeAsk, StringComparison.Ordinal);
            Assert.EndsWith("?", q.Prompt, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Questions_OnlyOtherAndNotSure_AreUnsure()
    {
        var unsure = KnowledgeBase.Questions.SelectMany(q => q.Options).Where(o => o.IsUnsure).Select(o => o.Answer);

        Assert.Equal([UseCase.Other, TeamExperience.NotSure], unsure);
    }

    [Fact]
    public void Summary_PartialAnswers_EchoesTheLabelsInAskingOrder()
    {
        var answers = new ProjectAnswers(ProjectSize.Small, Timeline.Weeks, SecurityNeeds.Standard, null, null);

        Assert.Equal("a small project, a few weeks, standard security", KnowledgeBase.Summary(answers));
        Assert.Equal([Question.Security], KnowledgeBase.MissingRequired(answers with { Security = null }));
    }

    [Fact]
    public void VerdictSummary_LeavesOutOtherAndNotSure_WhichTheSummaryEchoes()
    {
        var answers = new ProjectAnswers(ProjectSize.Small, Timeline.Weeks, SecurityNeeds.High, UseCase.Other, TeamExperience.NotSure);

        Assert.Equal("a small project, a few weeks, high security", KnowledgeBase.VerdictSummary(answers));
        Assert.EndsWith("another kind of project, experience not given", KnowledgeBase.Summary(answers), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Question.Size, "just me and a friend, so small", ProjectSize.Small)]
    [InlineData(Question.Timeline, "We need it ASAP!", Timeline.Weeks)]
    [InlineData(Question.Timeline, "more than six months", Timeline.LongTerm)]
    [InlineData(Question.Security, "we take payments", SecurityNeeds.High)]
    [InlineData(Question.UseCase, "an online shop for shoes", UseCase.ECommerce)]
    [InlineData(Question.UseCase, "a REST API", UseCase.Api)]
    [InlineData(Question.Experience, "not sure", TeamExperience.NotSure)]
    public void Match_TypedText_FindsTheOption(Question question, string text, object expected)
    {
        Assert.Equal(expected.ToString(), KnowledgeBase.Question(question).Match(text)?.Answer.Name);
    }

    [Fact]
    public void Match_UnrelatedText_FindsNothing()
    {
        Assert.Null(KnowledgeBase.Question(Question.Security).Match("purple elephants"));
    }

    [Fact]
    public void With_OptionOfAQuestion_SetsOnlyThatAnswer()
    {
        var option = KnowledgeBase.Question(Question.Timeline).Option(Timeline.LongTerm);

        Assert.Equal(ProjectAnswers.None with { Timeline = Timeline.LongTerm }, ProjectAnswers.None.With(option));
    }
}
