using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;

namespace Advisor.Dialogs.Tests.Understanding;

public sealed class AnswerReaderTests
{
    private static readonly DateTimeOffset Reference = ProjectDescriptionReaderTests.Reference;

    public static TheoryData<string?, ProjectSize?> SizeAnswers { get; } = new()
    {
        { "small", ProjectSize.Small }, { "A medium-sized project", ProjectSize.Medium }, { "big", ProjectSize.Large },
        { "5", ProjectSize.Medium }, { "about 12", ProjectSize.Large }, { "two", ProjectSize.Small },
        { "just me", ProjectSize.Small }, { "a dozen or so", ProjectSize.Large }, { "we're 3 developers", ProjectSize.Small },
        { "a handful of devs", ProjectSize.Medium }, { "enterprise", ProjectSize.Large }, { "5 people", ProjectSize.Medium },
        { "3 weeks", null }, { "not big", null }, { "no idea", null }, { "", null }, { null, null }, { "v2", null },
    };

    public static TheoryData<string?, Timeline?> TimelineAnswers { get; } = new()
    {
        { "a few weeks", Timeline.Weeks }, { "more than six months", Timeline.LongTerm }, { "3 months", Timeline.Months },
        { "by March 1st", Timeline.Months }, { "in two sprints", Timeline.Weeks }, { "asap", Timeline.Weeks },
        { "next week", Timeline.Weeks }, { "a year", Timeline.LongTerm }, { "long-term", Timeline.LongTerm },
        { "end of next quarter", Timeline.Months }, { "years", Timeline.LongTerm }, { "within 6 weeks", Timeline.Months },
        { "over 6 months", Timeline.LongTerm }, { "more than a month", Timeline.Months }, { "less than 6 months", Timeline.Months },
        { "3", null }, { "not urgent", null }, { "dunno", null }, { null, null },
    };

    public static TheoryData<string?, SecurityNeeds?> SecurityAnswers { get; } = new()
    {
        { "high", SecurityNeeds.High }, { "medium", SecurityNeeds.Elevated }, { "low", SecurityNeeds.Standard },
        { "we take payments", SecurityNeeds.High }, { "user log-ins", SecurityNeeds.Elevated }, { "public content", SecurityNeeds.Standard },
        { "Elevated security", SecurityNeeds.Elevated }, { "nothing sensitive", SecurityNeeds.Standard }, { "no payments", SecurityNeeds.Standard },
        { "patient records, HIPAA", SecurityNeeds.High }, { "internal only", SecurityNeeds.Standard }, { "none", SecurityNeeds.Standard },
        { "not high", null }, { "not sure", null }, { "5 developers", null }, { "   ", null },
        { "not sensitive at all", SecurityNeeds.Standard },
    };

    public static TheoryData<string?, UseCase?> UseCaseAnswers { get; } = new()
    {
        { "a CMS", UseCase.Cms }, { "an online shop", UseCase.ECommerce }, { "An ML model-serving API", UseCase.MlModelServing },
        { "REST API", UseCase.Api }, { "a data-driven dashboard", UseCase.DataDashboard }, { "plotly dash", UseCase.InteractiveDashboard },
        { "landing page", UseCase.StaticSite }, { "just an MVP", UseCase.Prototype }, { "a forum", UseCase.SocialNetwork },
        { "something else", UseCase.Other }, { "not sure", UseCase.Other }, { "skip", UseCase.Other }, { "I don't know", UseCase.Other },
        { "pass", UseCase.Other }, { "not a prototype", null }, { "hmm", null }, { null, null },
    };

    public static TheoryData<string?, TeamExperience?> ExperienceAnswers { get; } = new()
    {
        { "beginners", TeamExperience.Beginner }, { "new to Python", TeamExperience.Beginner }, { "students", TeamExperience.Beginner },
        { "some experience", TeamExperience.Intermediate }, { "intermediate", TeamExperience.Intermediate }, { "senior", TeamExperience.Experienced },
        { "we know Django well", TeamExperience.Experienced }, { "an experienced team", TeamExperience.Experienced },
        { "no idea", TeamExperience.NotSure }, { "not sure", TeamExperience.NotSure }, { "skip", TeamExperience.NotSure },
        { "don't know", TeamExperience.NotSure }, { "not experienced", TeamExperience.Beginner }, { "purple", null }, { "", null },
        // A "no" that corrects something else is no answer to this question (third tester).
        { "no, I said NO payments. customers just reserve cakes", null }, { "pretty solid", TeamExperience.Experienced },
        // Fifth-pass testers: years answer this question; new hires are not a new team.
        { "8 years", TeamExperience.Experienced }, { "about a year", TeamExperience.Intermediate }, { "3 months", TeamExperience.Intermediate },
        { "6 weeks", null }, { "in 6 months", null }, { "oh and 3 new hires joined last week so we're 11 again", null },
        { "over a decade", TeamExperience.Experienced }, { "10+ years", TeamExperience.Experienced }, { "a long time", TeamExperience.Experienced },
        { "oh and the deadline is 6 months", null }, { "we got 3 months", null }, { "3 new developers joined", null },
    };

    [Theory]
    [MemberData(nameof(SizeAnswers))]
    public void Read_SizeAnswer_ReturnsSize(string? text, ProjectSize? expected) => Assert.Equal(expected, AnswerReader.Read(Question.Size, text, Reference));

    [Theory]
    [MemberData(nameof(TimelineAnswers))]
    public void Read_TimelineAnswer_ReturnsTimeline(string? text, Timeline? expected) => Assert.Equal(expected, AnswerReader.Read(Question.Timeline, text, Reference));

    [Theory]
    [MemberData(nameof(SecurityAnswers))]
    public void Read_SecurityAnswer_ReturnsSecurity(string? text, SecurityNeeds? expected) => Assert.Equal(expected, AnswerReader.Read(Question.Security, text, Reference));

    [Theory]
    [MemberData(nameof(UseCaseAnswers))]
    public void Read_UseCaseAnswer_ReturnsUseCase(string? text, UseCase? expected) => Assert.Equal(expected, AnswerReader.Read(Question.UseCase, text, Reference));

    [Theory]
    [MemberData(nameof(ExperienceAnswers))]
    public void Read_ExperienceAnswer_ReturnsExperience(string? text, TeamExperience? expected) => Assert.Equal(expected, AnswerReader.Read(Question.Experience, text, Reference));

    /// <summary>"one semester" at the size question counts time, not people (a third tester was recorded as a small project).</summary>
    [Theory]
    [InlineData("one semester")]
    [InlineData("a few weeks")]
    public void Read_SizeAnswerThatCountsTime_IsNoSize(string text) => Assert.Null(AnswerReader.Read(Question.Size, text, Reference));

    [Theory]
    [InlineData(Question.Size, "not sure")]
    [InlineData(Question.Timeline, "skip")]
    [InlineData(Question.Security, "don't know")]
    public void Read_UnsureToRequiredQuestion_ReturnsNull(Question question, string text) => Assert.Null(AnswerReader.Read(question, text, Reference));

    [Fact]
    public void Read_EveryOptionLabel_ReturnsItsOption()
    {
        foreach (var option in KnowledgeBase.Questions.SelectMany(q => q.Options))
        {
            Assert.Equal(option.Answer, AnswerReader.Read(option.Question, option.Label, Reference));
        }
    }
}
