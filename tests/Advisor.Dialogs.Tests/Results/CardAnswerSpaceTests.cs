using Advisor.Dialogs.Cards;
using Advisor.Knowledge;

namespace Advisor.Dialogs.Tests.Results;

/// <summary>
/// The recommendation and comparison cards over every combination of answers and stated familiarity
/// (a user-tester's findings on issue 11): the table explains the verdict, a call that is not strong says
/// what would change it, an answered question is never called open, and sensitive data leads a Flask card.
/// </summary>
public sealed class CardAnswerSpaceTests
{
    private static IEnumerable<ProjectAnswers> Everything() =>
        from size in Values<ProjectSize>()
        from timeline in Values<Timeline>()
        from security in Values<SecurityNeeds>()
        from useCase in Values<UseCase>()
        from experience in Values<TeamExperience>()
        from known in new Framework?[] { null, Framework.Django, Framework.Flask }
        select new ProjectAnswers(size, timeline, security, useCase, experience) { Familiarity = known };

    private static IEnumerable<T?> Values<T>()
        where T : struct, Enum => [null, .. Enum.GetValues<T>().Select(v => (T?)v)];

    [Fact]
    public void Comparison_AnyAnswers_MarksAddUpToTheVerdictOrARowSaysWhatDecidedIt()
    {
        foreach (var answers in Everything())
        {
            var r = FrameworkAdvisor.Default.Recommend(answers);
            var rows = ComparisonCard.Rows(r, answers);
            var criteria = rows.Where(row => row.Question is not null).ToList();
            var django = criteria.Sum(row => row.DjangoMarks);
            var flask = criteria.Sum(row => row.FlaskMarks);

            Assert.Equal(r.Score(Framework.Django).Total - r.Score(Framework.Flask).Total, django - flask);
            var decider = rows.SingleOrDefault(row => row.Decides);
            if (decider is null)
            {
                Assert.True(django == flask || (django > flask ? Framework.Django : Framework.Flask) == r.Winner, $"Marks {django}:{flask} but {r.Winner} wins, for {answers}.");
            }
            else
            {
                Assert.Contains(r.Winner.ToString(), decider.Leaning, StringComparison.Ordinal);
            }

            Assert.Equal(answers.Familiarity is not null, rows.Any(row => row.Label.StartsWith("Familiarity", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void RecommendationText_ACallThatIsNotStrong_SaysWhatWouldChangeIt_AndNeverCallsAnAnsweredQuestionOpen()
    {
        foreach (var answers in Everything().Where(a => a.Size is not null && a.Timeline is not null && a.Security is not null))
        {
            var r = FrameworkAdvisor.Default.Recommend(answers);
            var text = RecommendationCard.PlainText(r, answers);

            if (r.Confidence != Confidence.Strong)
            {
                Assert.Contains(r.FlipText!, text, StringComparison.Ordinal);
            }

            foreach (var question in KnowledgeBase.Questions.Where(q => q.Selected(answers) is { } o && (!o.IsUnsure || q.Id == Question.UseCase)))
            {
                Assert.DoesNotContain($"{AdvisorStrings.QuestionTitle(question.Id).ToLowerInvariant()} could tip it", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void RecommendationText_HighSecurityWithFlask_LeadsWithTheSecurityCaution()
    {
        // "3 devs, 3 weeks, patients' health data" → Flask, a close call.
        var answers = new ProjectAnswers(ProjectSize.Small, Timeline.Weeks, SecurityNeeds.High, null, null);
        var r = FrameworkAdvisor.Default.Recommend(answers);

        var text = RecommendationCard.PlainText(r, answers);
        var card = RecommendationCard.Card(r, answers, cardId: 1, channelId: null).ToJsonString();

        Assert.Equal(Framework.Flask, r.Winner);
        Assert.InRange(text.IndexOf(r.SecurityCaution!, StringComparison.Ordinal), 0, text.IndexOf("Why:", StringComparison.Ordinal));
        Assert.InRange(card.IndexOf("Mind the security", StringComparison.Ordinal), 0, card.IndexOf("\"Why\"", StringComparison.Ordinal));
    }
}
