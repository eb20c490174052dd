namespace Advisor.Knowledge.Tests;

/// <summary>Every combination of answers, and a stable text form of a recommendation to compare runs.</summary>
internal static class AnswerSpace
{
    /// <summary>Every combination, each question unanswered or any of its values.</summary>
    public static IEnumerable<ProjectAnswers> All() =>
        from size in WithUnanswered<ProjectSize>()
        from timeline in WithUnanswered<Timeline>()
        from security in WithUnanswered<SecurityNeeds>()
        from useCase in WithUnanswered<UseCase>()
        from experience in WithUnanswered<TeamExperience>()
        select new ProjectAnswers(size, timeline, security, useCase, experience);

    /// <summary>What the dialog can hand over: every required question answered.</summary>
    public static IEnumerable<ProjectAnswers> Complete() =>
        All().Where(a => a.Size is not null && a.Timeline is not null && a.Security is not null);

    /// <summary>Every answers object that differs from <paramref name="answers"/> in exactly one real answer.</summary>
    public static IEnumerable<ProjectAnswers> SingleChanges(ProjectAnswers answers) =>
        from question in KnowledgeBase.Questions
        from option in question.Options
        where !option.Answer.Equals(answers.Get(question.Id))
        select answers.With(option);

    public static int DjangoMargin(Recommendation r) =>
        r.Score(Framework.Django).Total - r.Score(Framework.Flask).Total;

    public static string Describe(Recommendation r) => string.Join(" | ",
        r.Winner, r.RunnerUp, r.Margin, r.Confidence, r.DecidingQuestion, r.FlipText, r.FastApiNote, r.KnowledgeVersion,
        string.Join(";", r.Scores.Select(s => $"{s.Framework}={s.Total}[{string.Join(",", s.Breakdown.Select(c => $"{c.Question}:{c.Points}:{string.Join("+", c.FactIds)}"))}]")),
        string.Join(";", r.Reasons.Select(x => $"{x.Question}:{x.Points}:{x.Text}")),
        string.Join(";", r.TradeOffs.Select(t => $"{t.FactId}:{t.Question}:{t.Text}")));

    private static IEnumerable<T?> WithUnanswered<T>()
        where T : struct, Enum => [null, .. Enum.GetValues<T>().Select(v => (T?)v)];
}
