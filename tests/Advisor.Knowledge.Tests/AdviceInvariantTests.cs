namespace Advisor.Knowledge.Tests;

/// <summary>
/// A user-tester's findings on issue 11, each held over every combination of answers (and of a stated
/// familiarity): one answer never argues for both sides, trade-offs follow the answers, a call that is not
/// strong says what would change it, sensitive data leads a Flask card, and jargon comes with plain words.
/// </summary>
public sealed class AdviceInvariantTests
{
    private static readonly FrameworkAdvisor Advisor = FrameworkAdvisor.Default;

    /// <summary>The article's terms a user may not know, each with the plain words that must come with it.</summary>
    private static readonly (string Term, string PlainWords)[] Jargon =
    [
        ("SQL injection", "common web attacks"),
        ("XSS", "common web attacks"),
        ("CSRF", "common web attacks"),
        ("clickjacking", "common web attacks"),
        ("ORM", "database layer"),
        ("Model-View-Template", "data, logic and pages"),
        ("microservices", "small, separate services"),
    ];

    private static int Lean(Recommendation r, Question q) =>
        r.Score(Framework.Django).Breakdown.First(c => c.Question == q).Points
        - r.Score(Framework.Flask).Breakdown.First(c => c.Question == q).Points;

    private static bool LeansTo(Recommendation r, Question q, Framework framework) =>
        framework == Framework.Django ? Lean(r, q) > 0 : Lean(r, q) < 0;

    [Fact]
    public void Winner_IsTheFrameworkTheFullRecommendationNames_ForEveryCombination()
    {
        foreach (var answers in AnswerSpace.All())
        {
            Assert.True(Advisor.Recommend(answers).Winner == Advisor.Winner(answers), $"Winner disagrees with Recommend for {answers}.");
        }
    }

    [Fact]
    public void Recommend_EveryAnswerWithEvidence_LeansOneWay()
    {
        // An answer the article says nothing about ("experienced") carries no evidence and is left out of the reasons.
        foreach (var answers in AnswerSpace.All())
        {
            var result = Advisor.Recommend(answers);
            foreach (var question in KnowledgeBase.Questions.Select(q => q.Id))
            {
                var evidence = result.Scores.SelectMany(s => s.Breakdown).Where(c => c.Question == question).SelectMany(c => c.FactIds);
                Assert.True(!evidence.Any() || Lean(result, question) != 0, $"{question} leans neither way for {answers}.");
            }
        }
    }

    [Fact]
    public void Recommend_Reasons_CiteExactlyTheAnswersThatLeanTowardTheWinner()
    {
        foreach (var answers in AnswerSpace.AllWithFamiliarity())
        {
            var result = Advisor.Recommend(answers);
            var leaning = KnowledgeBase.Questions.Select(q => q.Id).Where(q => LeansTo(result, q, result.Winner)).Order();

            Assert.True(
                leaning.SequenceEqual(result.Reasons.Select(r => r.Question).Order()),
                $"Reasons cite {string.Join(",", result.Reasons.Select(r => r.Question))} for {result.Winner}, but {string.Join(",", leaning)} lean its way, for {answers}.");
        }
    }

    [Fact]
    public void Recommend_TradeOffs_ComeFromAnswersLeaningAwayOrFromCostsTheAnswersMakeApply()
    {
        foreach (var answers in AnswerSpace.AllWithFamiliarity())
        {
            var result = Advisor.Recommend(answers);

            Assert.All(result.TradeOffs, t =>
            {
                var fact = KnowledgeBase.Fact(t.FactId);
                if (t.Question is { } question)
                {
                    Assert.True(LeansTo(result, question, result.RunnerUp), $"'{t.FactId}' is tied to {question}, which does not lean to {result.RunnerUp}, for {answers}.");
                    Assert.True(
                        (fact.Kind == FactKind.Cost && fact.About == result.Winner) || fact.Favours.Contains(result.RunnerUp),
                        $"'{t.FactId}' is neither a cost of {result.Winner} nor a strength of {result.RunnerUp}.");
                }
                else
                {
                    Assert.Equal((FactKind.Cost, result.Winner), (fact.Kind, fact.About));
                    Assert.True(Applies(t.FactId, answers), $"'{t.FactId}' is shown to {answers}, whose answers do not make it apply.");
                }
            });
        }
    }

    [Fact]
    public void Recommend_EveryAnswerLeaningToTheRunnerUp_ShowsAsATradeOff()
    {
        foreach (var answers in AnswerSpace.AllWithFamiliarity())
        {
            var result = Advisor.Recommend(answers);
            foreach (var question in KnowledgeBase.Questions.Select(q => q.Id).Where(q => LeansTo(result, q, result.RunnerUp)))
            {
                Assert.True(
                    result.TradeOffs.Any(t => t.Question == question) || result.SecurityCaution is not null && question == Question.Security,
                    $"{question} leans to {result.RunnerUp} but no trade-off says what it costs, for {answers}.");
            }
        }
    }

    [Fact]
    public void Recommend_ACallThatIsNotStrong_SaysWhatWouldChangeIt_AndTheChangeReallyDoes()
    {
        foreach (var answers in AnswerSpace.AllWithFamiliarity())
        {
            var result = Advisor.Recommend(answers);
            if (result.Confidence == Confidence.Strong)
            {
                continue;
            }

            Assert.False(string.IsNullOrEmpty(result.FlipText), $"No 'what would change it' for a {result.Confidence} call on {answers}.");
            var change = result.Flip ?? result.BiggerChange;
            var singleChanges = AnswerSpace.SingleChanges(answers).Select(a => a with { Familiarity = answers.Familiarity });
            if (change is null && result.StepFlips)
            {
                // Only the familiarity makes a one-step flip: the card says what the familiarity does instead.
                Assert.NotNull(answers.Familiarity);
                Assert.Equal(result.FamiliarityFlipText, result.FlipText);
                Assert.Contains(answers.Familiarity.ToString()!, result.FlipText, StringComparison.Ordinal);
            }
            else if (change is null)
            {
                Assert.All(singleChanges, c => Assert.Equal(result.Winner, Advisor.Recommend(c).Winner));
            }
            else
            {
                Assert.Contains(answers.With(change.NewAnswer), singleChanges);
                Assert.Equal(result.RunnerUp, Advisor.Recommend(answers.With(change.NewAnswer)).Winner);
                Assert.Contains(result.RunnerUp.ToString(), result.FlipText, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Recommend_HighSecurityWithFlask_LeadsWithWhatFlaskLacksBuiltIn()
    {
        foreach (var answers in AnswerSpace.AllWithFamiliarity())
        {
            var result = Advisor.Recommend(answers);
            var expected = answers.Security == SecurityNeeds.High && result.Winner == Framework.Flask;

            Assert.Equal(expected, result.SecurityCaution is not null);
            if (expected)
            {
                Assert.Contains("few built-in", result.SecurityCaution, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Recommend_UserFacingTexts_ExplainTheArticlesJargonWhereItAppears()
    {
        var texts = KnowledgeBase.Facts.Select(f => f.Statement).ToHashSet(StringComparer.Ordinal);
        foreach (var answers in AnswerSpace.AllWithFamiliarity())
        {
            var r = Advisor.Recommend(answers);
            texts.UnionWith(r.Reasons.Select(x => x.Text).Concat(r.TradeOffs.Select(t => t.Text)).Concat(r.RunnerUpCosts.Select(t => t.Text)));
            texts.UnionWith(new[] { r.FlipText, r.FastApiNote, r.FamiliarityNote, r.SecurityCaution, r.TwoSided?.Summary, r.TwoSided?.Django.Text, r.TwoSided?.Flask.Text, r.TwoSided?.Split }.OfType<string>());
        }

        Assert.All(texts, text => Assert.All(Jargon.Where(j => text.Contains(j.Term, StringComparison.Ordinal)), j =>
            Assert.True(text.Contains(j.PlainWords, StringComparison.Ordinal), $"'{j.Term}' without plain words in: {text}")));
    }

    [Fact]
    public void Recommend_Wording_FitsEveryBucketAndSpeaksOfSensitiveDataInGeneral()
    {
        var texts = AnswerSpace.AllWithFamiliarity().Select(Advisor.Recommend)
            .SelectMany(r => r.Reasons.Select(x => x.Text).Concat(r.TradeOffs.Select(t => t.Text)))
            .Distinct(StringComparer.Ordinal);

        Assert.All(texts, text =>
        {
            Assert.DoesNotContain("Over more than", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Payments or health data", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Recommend_ExperiencedDjangoTeamsTwoWeekBlog_IsCloseSoTheirFamiliarityDecides()
    {
        // "blog, 2 devs, 2 weeks, public content, we know Django really well, experienced" (a blog reads as a CMS).
        var result = ScenarioTests.Recommend(ProjectSize.Small, Timeline.Weeks, SecurityNeeds.Standard, UseCase.Cms, TeamExperience.Experienced, Framework.Django);

        Assert.Equal((Framework.Django, Confidence.CloseCall), (result.Winner, result.Confidence));
        Assert.Contains("your familiarity", result.FamiliarityNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_AFewWeeksForAnExperiencedTeam_WeighsBothSpeedClaims()
    {
        var experienced = ScenarioTests.Recommend(ProjectSize.Small, Timeline.Weeks, SecurityNeeds.Standard, experience: TeamExperience.Experienced);
        var newcomers = ScenarioTests.Recommend(ProjectSize.Small, Timeline.Weeks, SecurityNeeds.Standard, experience: TeamExperience.Beginner);

        Assert.Equal(-1, Lean(experienced, Question.Timeline));
        Assert.Equal(-3, Lean(newcomers, Question.Timeline));
        Assert.Contains(FactIds.DjangoRapidDevelopment, experienced.Score(Framework.Django).Breakdown.First(c => c.Question == Question.Timeline).FactIds);
    }

    [Fact]
    public void Recommend_ThreeDevsFiveMonthsKnowingFlask_NeverArguesTheTimelineForFlask()
    {
        var result = ScenarioTests.Recommend(ProjectSize.Small, Timeline.Months, SecurityNeeds.Elevated, familiarity: Framework.Flask);

        Assert.Equal(Framework.Flask, result.Winner);
        Assert.DoesNotContain(result.Reasons, r => r.Question == Question.Timeline);
        Assert.Contains(result.TradeOffs, t => t.Question == Question.Timeline && t.FactId == FactIds.DjangoRapidDevelopment);
    }

    [Fact]
    public void Recommend_AClinicPortal_IsNotWarnedAboutEndpointsOrMicroservices()
    {
        var result = ScenarioTests.Recommend(ProjectSize.Medium, Timeline.Months, SecurityNeeds.High, UseCase.Other);

        Assert.Equal(Framework.Django, result.Winner);
        Assert.DoesNotContain(result.TradeOffs, t => t.FactId is FactIds.DjangoEndpointOverhead or FactIds.DjangoNotForMicroservices);
    }

    // Written from the tester's words: endpoint speed and microservices matter to APIs and model serving only;
    // an experienced team has no learning curve; a large project is what Django's bulk is for; security that is
    // standard does not make Flask's few protections bite; a static site with no log-ins sets up no ORM or admin;
    // Flask's tooling warning is for very large projects, and a service counts by its own size.
    private static bool Applies(string factId, ProjectAnswers a) => factId switch
    {
        FactIds.DjangoEndpointOverhead or FactIds.DjangoNotForMicroservices => a.UseCase is UseCase.Api or UseCase.MlModelServing,
        FactIds.DjangoLearningCurve => a.Experience is not (TeamExperience.Intermediate or TeamExperience.Experienced),
        FactIds.DjangoBulky => a.Size != ProjectSize.Large,
        FactIds.FlaskSecurityDependency => a.Security is SecurityNeeds.Elevated or SecurityNeeds.High,
        FactIds.FlaskManualEssentials => !(a.UseCase == UseCase.StaticSite && a.Security != SecurityNeeds.Elevated),
        FactIds.FlaskLessTooling => a.Size == ProjectSize.Large && a.UseCase is not (UseCase.Api or UseCase.MlModelServing),
        _ => true,
    };
}
