namespace Advisor.Knowledge;

/// <summary>The answers as options, and the rules that turn their evidence into a verdict.</summary>
internal sealed class Verdict
{
    /// <summary>A margin of at least this many points is a strong verdict.</summary>
    public const int StrongFrom = 7;

    /// <summary>A margin of at least this many points (and below <see cref="StrongFrom"/>) is moderate; less is a close call.</summary>
    public const int ModerateFrom = 3;

    public Verdict(IReadOnlyList<QuestionDefinition> questions, ProjectAnswers answers)
    {
        Selected = [.. questions.Select(q => (q, q.Selected(answers)))];
        DjangoMargin = Selected.Sum(s => s.Answer?.DjangoMargin ?? 0);
        Winner = WinnerOf(DjangoMargin);
        RunnerUp = Other(Winner);
    }

    /// <summary>Each question, in asking order, with the chosen option or <c>null</c> when unanswered.</summary>
    public IReadOnlyList<(QuestionDefinition Question, AnswerOption? Answer)> Selected { get; }

    /// <summary>Django's total minus Flask's total.</summary>
    public int DjangoMargin { get; }

    public Framework Winner { get; }

    public Framework RunnerUp { get; }

    public int Margin => Math.Abs(DjangoMargin);

    public Confidence Confidence => Margin >= StrongFrom ? Confidence.Strong
        : Margin >= ModerateFrom ? Confidence.Moderate
        : Confidence.CloseCall;

    /// <summary>
    /// The tie rule. Required answers carry odd margins and optional ones even margins, so a tie
    /// can only happen while a required answer is missing. Then Flask wins: the seed calls it the
    /// lighter way in that you expand as each feature becomes necessary.
    /// </summary>
    public static Framework WinnerOf(int djangoMargin) => djangoMargin > 0 ? Framework.Django : Framework.Flask;

    public static Framework Other(Framework framework) =>
        framework == Framework.Django ? Framework.Flask : Framework.Django;

    /// <summary>Django's margin if <paramref name="question"/> were answered with <paramref name="option"/> instead.</summary>
    public int DjangoMarginWith(QuestionDefinition question, AnswerOption option)
    {
        var current = Selected.First(s => s.Question == question).Answer;
        return DjangoMargin - (current?.DjangoMargin ?? 0) + option.DjangoMargin;
    }

    public IReadOnlyList<FrameworkScore> Scores() =>
        [.. Enum.GetValues<Framework>().Select(ScoreOf)];

    private FrameworkScore ScoreOf(Framework framework)
    {
        var breakdown = Selected.Select(s =>
        {
            var evidence = s.Answer?.Evidence.Where(e => e.Framework == framework).ToArray() ?? [];
            return new CriterionScore(
                s.Question.Id, s.Question.Criterion, evidence.Sum(e => e.Points), [.. evidence.Select(e => e.FactId)]);
        }).ToArray();
        return new FrameworkScore(framework, breakdown.Sum(c => c.Points), breakdown);
    }
}
