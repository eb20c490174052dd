namespace Advisor.Knowledge.Tests;

/// <summary>Hand-written projects, obvious and hard, with the reasoning an engineer would expect.</summary>
public sealed class ScenarioTests
{
    internal static Recommendation Recommend(
        ProjectSize size, Timeline timeline, SecurityNeeds security, UseCase? useCase = null, TeamExperience? experience = null, Framework? familiarity = null) =>
        FrameworkAdvisor.Default.Recommend(new ProjectAnswers(size, timeline, security, useCase, experience) { Familiarity = familiarity });

    [Fact]
    public void Recommend_TwoWeekMvpWithLowSecurity_PicksFlaskStronglyBecauseTimeToMarketComesFirst()
    {
        var result = Recommend(ProjectSize.Small, Timeline.Weeks, SecurityNeeds.Standard, UseCase.Prototype);

        Assert.Equal(Framework.Flask, result.Winner);
        Assert.Equal(Confidence.Strong, result.Confidence);
        Assert.True(result.IsRobust);
        Assert.Equal(
            "With only a few weeks, time-to-market comes first, and that is when Flask gets a first version out faster.",
            result.Reasons[0].Text);
        Assert.Equal(
            [Question.Timeline, Question.UseCase, Question.Size, Question.Security],
            result.Reasons.Select(r => r.Question));
        Assert.Contains(result.TradeOffs, t => t.FactId == FactIds.FlaskManualEssentials);
        Assert.DoesNotContain(result.TradeOffs, t => t.FactId == FactIds.FlaskLessTooling);
        Assert.Null(result.FastApiNote);
    }

    [Fact]
    public void Recommend_LargeECommerceWithPayments_PicksDjangoStronglyOnProtectionAndTooling()
    {
        var result = Recommend(ProjectSize.Large, Timeline.LongTerm, SecurityNeeds.High, UseCase.ECommerce);

        Assert.Equal(Framework.Django, result.Winner);
        Assert.Equal(Confidence.Strong, result.Confidence);
        Assert.True(result.IsRobust);
        Assert.Contains(result.Reasons, r => r.Question == Question.Security && r.FactIds[0] == FactIds.DjangoSecurity
            && r.Text.StartsWith("Sensitive data like this needs strong protection", StringComparison.Ordinal));
        Assert.Contains(result.Reasons, r => r.Question == Question.UseCase && r.FactIds.Contains(FactIds.UseCaseECommerce));
        Assert.Contains(result.Reasons, r => r.Question == Question.Size && r.Text.Contains("tooling", StringComparison.Ordinal));
        Assert.DoesNotContain(result.TradeOffs, t => t.FactId == FactIds.DjangoBulky);
        Assert.Equal(Framework.Flask, result.RunnerUp);
    }

    [Fact]
    public void Recommend_SmallProjectWithHighSecurity_PicksDjangoOnSecurityAndNamesTheOneStepFlip()
    {
        var result = Recommend(ProjectSize.Small, Timeline.Months, SecurityNeeds.High);

        Assert.Equal(Framework.Django, result.Winner);
        Assert.Equal(Confidence.Moderate, result.Confidence);
        Assert.Equal(Question.Security, result.Reasons[0].Question);
        // The small size is the price: Django's bulk is the first trade-off, tied to that answer.
        Assert.Equal(new TradeOff(
            FactIds.DjangoBulky,
            Question.Size,
            "On a small project Django's bulk gets in the way: it is built for larger apps and can limit low-level customisation."),
            result.TradeOffs[0]);
        Assert.Equal(Question.Timeline, result.Flip?.Question);
        Assert.Equal("If you had a few weeks rather than one to six months, Flask would win instead.", result.FlipText);
    }

    [Fact]
    public void Recommend_StrongVerdictThatOnlyAJumpWouldFlip_NamesNoFlip()
    {
        // Small to large would flip it, but that is a jump across the scale, not a plausible change.
        var result = Recommend(ProjectSize.Small, Timeline.Weeks, SecurityNeeds.Standard);

        Assert.Equal(Framework.Django, Recommend(ProjectSize.Large, Timeline.Weeks, SecurityNeeds.Standard).Winner);
        Assert.Equal((Framework.Flask, Confidence.Strong), (result.Winner, result.Confidence));
        Assert.Null(result.Flip);
        Assert.DoesNotContain("large", result.FlipText, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_SmallProjectWithHighSecurityInWeeks_IsACloseCallDecidedByWhatIsBuilt()
    {
        var result = Recommend(ProjectSize.Small, Timeline.Weeks, SecurityNeeds.High);

        Assert.Equal(Framework.Flask, result.Winner);
        Assert.Equal(Confidence.CloseCall, result.Confidence);
        Assert.Equal(Question.UseCase, result.DecidingQuestion);
        // "3 devs, 3 weeks, patients' health data": the card leads with what Flask lacks built in, not a trade-off among others.
        Assert.Contains("few built-in security features", result.SecurityCaution, StringComparison.Ordinal);
        Assert.DoesNotContain(result.TradeOffs, t => t.FactId == FactIds.FlaskSecurityDependency);
    }

    [Fact]
    public void Recommend_BeginnerTeamBuildingLargeCms_PicksDjangoAndWarnsAboutTheLearningCurve()
    {
        var result = Recommend(
            ProjectSize.Large, Timeline.Months, SecurityNeeds.Elevated, UseCase.Cms, TeamExperience.Beginner);

        Assert.Equal(Framework.Django, result.Winner);
        Assert.Equal(Confidence.Strong, result.Confidence);
        Assert.Equal([Question.Size, Question.UseCase], result.Reasons.Take(2).Select(r => r.Question));
        Assert.DoesNotContain(result.Reasons, r => r.Question == Question.Experience);
        Assert.Equal((FactIds.DjangoLearningCurve, Question.Experience), (result.TradeOffs[0].FactId, result.TradeOffs[0].Question));
    }

    [Fact]
    public void Recommend_ExperiencedTeam_IsNeverWarnedOfTheLearningCurve()
    {
        var result = Recommend(ProjectSize.Large, Timeline.LongTerm, SecurityNeeds.High, UseCase.Cms, TeamExperience.Experienced);

        Assert.Equal(Framework.Django, result.Winner);
        Assert.DoesNotContain(result.TradeOffs, t => t.FactId == FactIds.DjangoLearningCurve);
    }

    [Fact]
    public void Recommend_WeekendStaticPortfolio_IsNotToldToSetUpAnOrmOrAdmin()
    {
        var result = Recommend(ProjectSize.Small, Timeline.Weeks, SecurityNeeds.Standard, UseCase.StaticSite);

        Assert.Equal((Framework.Flask, Confidence.Strong), (result.Winner, result.Confidence));
        Assert.Empty(result.TradeOffs);
    }

    [Fact]
    public void Recommend_ApiForAStartup_PicksFlaskAndSuggestsFastApi()
    {
        var result = Recommend(ProjectSize.Small, Timeline.Months, SecurityNeeds.Standard, UseCase.Api);

        Assert.Equal(Framework.Flask, result.Winner);
        Assert.Contains(result.Reasons, r => r.Question == Question.UseCase);
        Assert.NotNull(result.FastApiNote);
        Assert.DoesNotContain("Django is slower", result.FastApiNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_NothingAnswered_IsACloseCallThatFallsToFlask()
    {
        var result = FrameworkAdvisor.Default.Recommend(ProjectAnswers.None);

        Assert.Equal(Framework.Flask, result.Winner);
        Assert.Equal(0, result.Margin);
        Assert.Equal(Confidence.CloseCall, result.Confidence);
        Assert.Empty(result.Reasons);
        Assert.Equal(Question.Size, result.DecidingQuestion);
    }

    [Fact]
    public void Recommend_Always_ReportsTheKnowledgeVersionAndBothScores()
    {
        var result = Recommend(ProjectSize.Medium, Timeline.Months, SecurityNeeds.Elevated);

        Assert.Equal(KnowledgeBase.Version, result.KnowledgeVersion);
        Assert.Equal([Framework.Django, Framework.Flask], result.Scores.Select(s => s.Framework));
        Assert.All(result.Scores, s => Assert.Equal(KnowledgeBase.Questions.Count, s.Breakdown.Count));
        Assert.Equal(result.Margin, Math.Abs(AnswerSpace.DjangoMargin(result)));
    }
}
