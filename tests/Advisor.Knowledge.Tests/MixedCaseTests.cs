namespace Advisor.Knowledge.Tests;

/// <summary>Issue 11's mixed cases: decided by the source's emphasis, with the reasoning asserted, not only the framework.</summary>
public sealed class MixedCaseTests
{
    [Theory]
    [InlineData(ProjectSize.Large)]
    [InlineData(ProjectSize.Small)]
    public void Recommend_OneServiceBuiltByAFewPeopleInsideALargeOrganisation_PicksFlask(ProjectSize size)
    {
        // "30 engineers splitting into microservices, 3 per service": read as large or as the service's small team.
        var result = ScenarioTests.Recommend(size, Timeline.Months, SecurityNeeds.Standard, UseCase.Api, TeamExperience.Experienced);

        Assert.Equal(Framework.Flask, result.Winner);
        Assert.Equal(Question.UseCase, result.Reasons[0].Question);
        Assert.Contains(FactIds.DjangoNotForMicroservices, result.Reasons[0].FactIds);
        Assert.DoesNotContain(result.TradeOffs, t => t.FactId is FactIds.FlaskLessTooling or FactIds.FlaskInconsistentArchitecture);
        Assert.NotNull(result.FastApiNote);
    }

    [Fact]
    public void Recommend_LargeOrganisationService_WeighsTheServiceNotTheOrganisation()
    {
        var service = ScenarioTests.Recommend(ProjectSize.Large, Timeline.Months, SecurityNeeds.Standard, UseCase.Api);
        var monolith = ScenarioTests.Recommend(ProjectSize.Large, Timeline.Months, SecurityNeeds.Standard, UseCase.Cms);

        CriterionScore Size(Recommendation r, Framework f) => r.Score(f).Breakdown.First(c => c.Question == Question.Size);
        Assert.DoesNotContain(FactIds.FlaskLessTooling, Size(service, Framework.Flask).FactIds);
        Assert.Contains(FactIds.FlaskLessTooling, Size(monolith, Framework.Flask).FactIds);
    }

    [Theory]
    [InlineData(Timeline.LongTerm, UseCase.Other)]
    [InlineData(Timeline.Months, UseCase.StaticSite)]
    [InlineData(Timeline.Weeks, null)]
    [InlineData(Timeline.LongTerm, UseCase.Cms)]
    public void Recommend_BeginnersSmallPersonalSiteOrBlog_PicksFlaskAsTheLighterWayIn(Timeline timeline, UseCase? useCase)
    {
        // "no rush" no longer reads as more than six months, nor a personal blog as a custom CMS (docs/understanding.md);
        // even when the user does answer so, the source's three sentences on beginners keep it Flask.
        var result = ScenarioTests.Recommend(ProjectSize.Small, timeline, SecurityNeeds.Standard, useCase, TeamExperience.Beginner);

        Assert.Equal(Framework.Flask, result.Winner);
        Assert.Contains(result.Reasons, r => r.Question == Question.Experience && r.FactIds.Contains(FactIds.UseCaseBeginners));
        Assert.Contains(result.Reasons, r => r.Question == Question.Size && r.FactIds.Contains(FactIds.FlaskSmallProjects));
    }

    [Theory]
    [InlineData(ProjectSize.Small, SecurityNeeds.High)]
    [InlineData(ProjectSize.Medium, SecurityNeeds.High)]
    [InlineData(ProjectSize.Medium, SecurityNeeds.Elevated)]
    [InlineData(ProjectSize.Large, SecurityNeeds.Elevated)]
    public void Recommend_MlModelApiWithAccountsAndBilling_IsACloseCallThatOffersTheSplit(ProjectSize size, SecurityNeeds security)
    {
        var result = ScenarioTests.Recommend(size, Timeline.Months, security, UseCase.MlModelServing);

        Assert.Equal(Confidence.CloseCall, result.Confidence);
        Assert.NotNull(result.TwoSided);
        Assert.Contains("Django for the accounts, their data and the admin", result.TwoSided.Split, StringComparison.Ordinal);
        Assert.Contains("Flask or FastAPI service for the model", result.TwoSided.Split, StringComparison.Ordinal);
        Assert.Equal((FactIds.DjangoAuthAdmin, FactIds.UseCaseMlModelServing), (result.TwoSided.Django.FactId, result.TwoSided.Flask.FactId));
        Assert.Null(result.FastApiNote);
    }

    /// <summary>High security is payments or health data; a two-sided call names neither (a tester's health API was told "Django for the payments").</summary>
    [Theory]
    [InlineData(UseCase.Api, SecurityNeeds.High)]
    [InlineData(UseCase.Prototype, SecurityNeeds.High)]
    [InlineData(UseCase.MlModelServing, SecurityNeeds.Elevated)]
    [InlineData(UseCase.MlModelServing, SecurityNeeds.High)]
    public void Recommend_TwoSidedCall_NamesNoPaymentsOrBillingTheAnswersDoNotState(UseCase useCase, SecurityNeeds security)
    {
        var call = ScenarioTests.Recommend(ProjectSize.Medium, Timeline.Months, security, useCase).TwoSided;

        Assert.NotNull(call);
        foreach (var text in new[] { call.Summary, call.Django.Text, call.Flask.Text, call.Split ?? string.Empty })
        {
            Assert.DoesNotContain("payment", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("billing", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Recommend_MvpThatTakesPayments_IsACloseCallThatSaysWhatDecidesIt()
    {
        var result = ScenarioTests.Recommend(ProjectSize.Small, Timeline.Weeks, SecurityNeeds.High, UseCase.Prototype);

        Assert.Equal(Confidence.CloseCall, result.Confidence);
        Assert.Contains("which comes first", result.TwoSided?.Summary, StringComparison.Ordinal);
        Assert.Equal((FactIds.DjangoSecurity, FactIds.FlaskRapidPrototyping), (result.TwoSided!.Django.FactId, result.TwoSided.Flask.FactId));
    }

    [Theory]
    [InlineData(Framework.Django)]
    [InlineData(Framework.Flask)]
    public void Recommend_CloseCallWithAStatedFamiliarity_GoesWithItAndSaysThatIsNotTheSource(Framework known)
    {
        var result = ScenarioTests.Recommend(ProjectSize.Small, Timeline.Months, SecurityNeeds.High, UseCase.MlModelServing, familiarity: known);

        Assert.Equal(known, result.Winner);
        Assert.Equal(Confidence.CloseCall, result.Confidence);
        Assert.Contains($"you know {known}", result.FamiliarityNote, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("your familiarity, not the article", result.FamiliarityNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_ClearVerdictWithTheOtherFamiliarity_KeepsTheSourcesPickAndSaysWhy()
    {
        var result = ScenarioTests.Recommend(ProjectSize.Small, Timeline.Weeks, SecurityNeeds.Standard, UseCase.Prototype, familiarity: Framework.Django);

        Assert.Equal(Framework.Flask, result.Winner);
        Assert.Contains("doesn't change it", result.FamiliarityNote, StringComparison.Ordinal);
    }
}
