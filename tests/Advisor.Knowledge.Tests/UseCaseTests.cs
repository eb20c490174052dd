namespace Advisor.Knowledge.Tests;

/// <summary>The seed's use-case lists: each use case alone decides for the seed's framework.</summary>
public sealed class UseCaseTests
{
    // Written from the seed's own lists (Django: lines 36-41, Flask: lines 42-47), not from the code.
    public static TheoryData<UseCase, Framework> SeedUseCases() => new()
    {
        { UseCase.Cms, Framework.Django },
        { UseCase.ECommerce, Framework.Django },
        { UseCase.SocialNetwork, Framework.Django },
        { UseCase.NewsPublishing, Framework.Django },
        { UseCase.ELearning, Framework.Django },
        { UseCase.DataDashboard, Framework.Django },
        { UseCase.Api, Framework.Flask },
        { UseCase.MlModelServing, Framework.Flask },
        { UseCase.InteractiveDashboard, Framework.Flask },
        { UseCase.StaticSite, Framework.Flask },
        { UseCase.Prototype, Framework.Flask },
    };

    [Theory]
    [MemberData(nameof(SeedUseCases))]
    public void Recommend_UseCaseWithEverythingElseUnanswered_PicksTheSeedsFramework(UseCase useCase, Framework expected)
    {
        var result = FrameworkAdvisor.Default.Recommend(ProjectAnswers.None with { UseCase = useCase });

        Assert.Equal(expected, result.Winner);
        Assert.Contains(result.Reasons, r => r.Question == Question.UseCase);
    }

    [Theory]
    [MemberData(nameof(SeedUseCases))]
    public void Recommend_UseCaseWithMiddleAnswers_PicksTheSeedsFramework(UseCase useCase, Framework expected)
    {
        var answers = new ProjectAnswers(
            ProjectSize.Medium, Timeline.Months, SecurityNeeds.Standard, useCase, TeamExperience.NotSure);

        Assert.Equal(expected, FrameworkAdvisor.Default.Recommend(answers).Winner);
    }

    [Fact]
    public void Recommend_BeginnersWithEverythingElseUnanswered_PicksFlask()
    {
        var result = FrameworkAdvisor.Default.Recommend(ProjectAnswers.None with { Experience = TeamExperience.Beginner });

        Assert.Equal(Framework.Flask, result.Winner);
        Assert.Contains(result.Reasons, r => r.FactIds.Contains(FactIds.UseCaseBeginners));
    }

    [Theory]
    [InlineData(UseCase.Api)]
    [InlineData(UseCase.MlModelServing)]
    public void Recommend_SimpleEndpointProjects_SuggestFastApi(UseCase useCase)
    {
        var note = FrameworkAdvisor.Default.Recommend(ProjectAnswers.None with { UseCase = useCase }).FastApiNote;

        Assert.NotNull(note);
        Assert.StartsWith("Also consider FastAPI", note, StringComparison.Ordinal);
        Assert.Contains(KnowledgeBase.Label(useCase), note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UseCase.Api)]
    [InlineData(UseCase.MlModelServing)]
    public void Recommend_SimpleEndpointProjectThatDjangoWins_LeavesFastApiOut(UseCase useCase)
    {
        var result = FrameworkAdvisor.Default.Recommend(
            new ProjectAnswers(ProjectSize.Medium, Timeline.LongTerm, SecurityNeeds.Elevated, useCase, TeamExperience.Experienced));

        Assert.Equal(Framework.Django, result.Winner);
        Assert.Null(result.FastApiNote);
    }

    [Theory]
    [InlineData(UseCase.Cms)]
    [InlineData(UseCase.Prototype)]
    [InlineData(UseCase.InteractiveDashboard)]
    [InlineData(UseCase.Other)]
    public void Recommend_OtherProjects_DoNotMentionFastApi(UseCase useCase)
    {
        Assert.Null(FrameworkAdvisor.Default.Recommend(ProjectAnswers.None with { UseCase = useCase }).FastApiNote);
    }
}
