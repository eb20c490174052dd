namespace Advisor.Knowledge.Tests;

/// <summary>Invariants checked over every combination of answers.</summary>
public sealed class AnswerSpaceTests
{
    private static readonly FrameworkAdvisor Advisor = FrameworkAdvisor.Default;

    [Fact]
    public void AnswerSpace_Enumerated_CoversEveryCombination()
    {
        Assert.Equal(4 * 4 * 4 * 13 * 5, AnswerSpace.All().Count());
        Assert.Equal(3 * 3 * 3 * 13 * 5, AnswerSpace.Complete().Count());
    }

    [Fact]
    public void Recommend_RaisingSecurity_NeverLowersDjangosMargin()
    {
        foreach (var answers in AnswerSpace.All().Where(a => a.Security is SecurityNeeds.Standard or SecurityNeeds.Elevated))
        {
            var raised = answers with { Security = answers.Security + 1 };
            Assert.True(
                AnswerSpace.DjangoMargin(Advisor.Recommend(raised)) >= AnswerSpace.DjangoMargin(Advisor.Recommend(answers)),
                $"Raising security lowered Django's margin for {answers}.");
        }
    }

    [Fact]
    public void Recommend_RaisingSize_NeverLowersDjangosMargin()
    {
        foreach (var answers in AnswerSpace.All().Where(a => a.Size is ProjectSize.Small or ProjectSize.Medium))
        {
            var raised = answers with { Size = answers.Size + 1 };
            Assert.True(
                AnswerSpace.DjangoMargin(Advisor.Recommend(raised)) >= AnswerSpace.DjangoMargin(Advisor.Recommend(answers)),
                $"Raising size lowered Django's margin for {answers}.");
        }
    }

    [Fact]
    public void Recommend_CompleteAnswers_GiveAtLeastTwoReasonsNamingTheUsersAnswers()
    {
        foreach (var answers in AnswerSpace.Complete())
        {
            var result = Advisor.Recommend(answers);

            Assert.True(result.Reasons.Count >= 2, $"Fewer than two reasons for {answers}.");
            Assert.All(result.Reasons, reason =>
            {
                Assert.Equal(answers.Get(reason.Question), reason.Answer.Answer);
                Assert.Contains(reason.Answer.Label, reason.Text, StringComparison.Ordinal);
                Assert.Contains(KnowledgeBase.Fact(reason.FactIds[0]).Statement, reason.Text, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public void Recommend_Reasons_ArgueForTheWinnerOnBalance_ExceptToReachTwo()
    {
        foreach (var answers in AnswerSpace.All())
        {
            var result = Advisor.Recommend(answers);
            bool OnBalance(Reason r) => result.Winner == Framework.Django ? r.Answer.DjangoMargin > 0 : r.Answer.DjangoMargin < 0;

            var favouring = result.Reasons.TakeWhile(OnBalance).Count();
            Assert.True(result.Reasons.Skip(favouring).All(r => !OnBalance(r)), $"A reason against the balance comes first for {answers}.");
            Assert.True(result.Reasons.Count - favouring <= Math.Max(0, 2 - favouring), $"A reason that favours {result.RunnerUp} on balance was listed for {answers} without need.");
        }
    }

    [Fact]
    public void Recommend_RunnerUpCosts_AreTheRunnerUpsCostsThatTheUsersAnswersTrigger()
    {
        foreach (var answers in AnswerSpace.All())
        {
            var result = Advisor.Recommend(answers);

            Assert.All(result.RunnerUpCosts, cost =>
            {
                var answer = KnowledgeBase.Question(cost.Question!.Value).Selected(answers);
                Assert.Contains(answer!.Evidence, e => e.Framework == result.RunnerUp && e.Points < 0 && e.FactId == cost.FactId);
                Assert.Contains(answer.Label, cost.Text, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public void Recommend_EveryFlip_WhenApplied_ReallyFlipsTheVerdict()
    {
        foreach (var answers in AnswerSpace.All())
        {
            var result = Advisor.Recommend(answers);
            if (result.Flip is { } flip)
            {
                var flipped = Advisor.Recommend(answers.With(flip.NewAnswer));
                Assert.Equal(result.RunnerUp, flip.NewWinner);
                Assert.Equal(flip.NewWinner, flipped.Winner);
            }
        }
    }

    [Fact]
    public void Recommend_EveryFlip_IsTheSmallestChangeOfMargin()
    {
        foreach (var answers in AnswerSpace.All())
        {
            var result = Advisor.Recommend(answers);
            if (result.Flip is { } flip)
            {
                var margin = AnswerSpace.DjangoMargin(result);
                var flipShift = Math.Abs(AnswerSpace.DjangoMargin(Advisor.Recommend(answers.With(flip.NewAnswer))) - margin);
                var smallerFlip = AnswerSpace.SingleChanges(answers)
                    .Select(Advisor.Recommend)
                    .Any(r => r.Winner != result.Winner && Math.Abs(AnswerSpace.DjangoMargin(r) - margin) < flipShift);
                Assert.False(smallerFlip, $"A smaller flip exists for {answers}.");
            }
        }
    }

    [Fact]
    public void Recommend_RobustResult_SurvivesEverySingleAnswerChange()
    {
        foreach (var answers in AnswerSpace.All())
        {
            var result = Advisor.Recommend(answers);
            if (result.IsRobust)
            {
                Assert.All(AnswerSpace.SingleChanges(answers), changed =>
                    Assert.Equal(result.Winner, Advisor.Recommend(changed).Winner));
            }
        }
    }

    [Fact]
    public void Recommend_CloseCallsOnly_NameADecidingQuestion()
    {
        foreach (var answers in AnswerSpace.All())
        {
            var result = Advisor.Recommend(answers);

            Assert.Equal(result.Confidence == Confidence.CloseCall, result.DecidingQuestion is not null);
        }
    }

    [Fact]
    public void Recommend_CompleteAnswers_NeverTie()
    {
        Assert.All(AnswerSpace.Complete(), answers => Assert.NotEqual(0, Advisor.Recommend(answers).Margin));
    }

    [Fact]
    public void Recommend_RepeatedInAnyOrderOnAnyInstance_GivesIdenticalResults()
    {
        var all = AnswerSpace.All().ToList();
        var first = all.Select(a => AnswerSpace.Describe(new FrameworkAdvisor().Recommend(a))).ToList();
        var reversed = Enumerable.Reverse(all).Select(a => AnswerSpace.Describe(new FrameworkAdvisor().Recommend(a))).Reverse();

        Assert.Equal(first, reversed);
    }
}
