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

    /// <summary>Every combination, each with no stated familiarity and with each framework as the one known.</summary>
    public static IEnumerable<ProjectAnswers> AllWithFamiliarity() =>
        from answers in All()
        from known in new Framework?[] { null, Framework.Django, Framework.Flask }
        select answers with { Familiarity = known };

    /// <summary>
    /// The plausible changes, written from the issue rather than the code: one step along size, timeline,
    /// security or experience (beginner, intermediate, experienced) from a real answer. No kind-of-project jumps.
    /// </summary>
    public static IEnumerable<ProjectAnswers> OneStepChanges(ProjectAnswers answers)
    {
        IEnumerable<ProjectAnswers> Steps<T>(T? value, T[] scale, Func<T, ProjectAnswers> with)
            where T : struct, Enum
        {
            var at = value is { } v ? Array.IndexOf(scale, v) : -1;
            return at < 0 ? [] : new[] { at - 1, at + 1 }.Where(i => i >= 0 && i < scale.Length).Select(i => with(scale[i]));
        }

        return Steps(answers.Size, [ProjectSize.Small, ProjectSize.Medium, ProjectSize.Large], v => answers with { Size = v })
            .Concat(Steps(answers.Timeline, [Timeline.Weeks, Timeline.Months, Timeline.LongTerm], v => answers with { Timeline = v }))
            .Concat(Steps(answers.Security, [SecurityNeeds.Standard, SecurityNeeds.Elevated, SecurityNeeds.High], v => answers with { Security = v }))
            .Concat(Steps(answers.Experience, [TeamExperience.Beginner, TeamExperience.Intermediate, TeamExperience.Experienced], v => answers with { Experience = v }));
    }

    /// <summary>The first two words of a bullet: what a reader sees as its lead-in.</summary>
    public static string LeadIn(string text) => string.Join(' ', text.Split(' ').Take(2));

    /// <summary>Every answers object that differs from <paramref name="answers"/> in exactly one real answer.</summary>
    public static IEnumerable<ProjectAnswers> SingleChanges(ProjectAnswers answers) =>
        from question in KnowledgeBase.Questions
        from option in question.Options
        where !option.Answer.Equals(answers.Get(question.Id))
        select answers.With(option);

    public static int DjangoMargin(Recommendation r) =>
        r.Score(Framework.Django).Total - r.Score(Framework.Flask).Total;

    public static string Describe(Recommendation r) => string.Join(" | ",
        r.Winner, r.RunnerUp, r.Margin, r.Confidence, r.DecidingQuestion, r.FlipText, r.FastApiNote, r.KnowledgeVersion, r.TwoSided, r.FamiliarityNote,
        string.Join(";", r.Scores.Select(s => $"{s.Framework}={s.Total}[{string.Join(",", s.Breakdown.Select(c => $"{c.Question}:{c.Points}:{string.Join("+", c.FactIds)}"))}]")),
        string.Join(";", r.Reasons.Select(x => $"{x.Question}:{x.Points}:{x.Text}")),
        string.Join(";", r.TradeOffs.Select(t => $"{t.FactId}:{t.Question}:{t.Text}")));

    private static IEnumerable<T?> WithUnanswered<T>()
        where T : struct, Enum => [null, .. Enum.GetValues<T>().Select(v => (T?)v)];
}
