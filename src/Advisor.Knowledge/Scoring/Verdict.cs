namespace Advisor.Knowledge;

/// <summary>The answers as weighed evidence, and the rules that turn it into a verdict.</summary>
internal sealed class Verdict
{
    /// <summary>A margin of at least this many points can be a strong verdict (if no one-step change flips it).</summary>
    public const int StrongFrom = 7;

    /// <summary>A margin of at least this many points (and below <see cref="StrongFrom"/>) is moderate; less is a close call.</summary>
    public const int ModerateFrom = 3;

    private readonly IReadOnlyList<QuestionDefinition> questions;

    public Verdict(IReadOnlyList<QuestionDefinition> questions, ProjectAnswers answers)
    {
        this.questions = questions;
        Answers = answers;
        Selected = [.. questions.Select(q => Weighing.Weigh(q, answers))];
        DjangoMargin = Selected.Sum(s => s.DjangoMargin);
        TwoSided = TwoSides.For(answers);
        IsCloseCall = Margin < ModerateFrom || TwoSided is not null;
        ScoreWinner = WinnerOf(DjangoMargin);
        Winner = IsCloseCall && answers.Familiarity is { } known ? known : ScoreWinner;
        RunnerUp = Other(Winner);
    }

    public ProjectAnswers Answers { get; }

    /// <summary>Each question, in asking order, with the chosen option (or <c>null</c>) and the evidence it counts for.</summary>
    public IReadOnlyList<Weighed> Selected { get; }

    /// <summary>Django's total minus Flask's total.</summary>
    public int DjangoMargin { get; }

    /// <summary>Set when the seed argues strongly for both frameworks on these answers.</summary>
    public TwoSidedCall? TwoSided { get; }

    public bool IsCloseCall { get; }

    /// <summary>The framework the points favour; <see cref="Winner"/> differs only when familiarity decides a close call.</summary>
    public Framework ScoreWinner { get; }

    public Framework Winner { get; }

    public Framework RunnerUp { get; }

    /// <summary>True when the user's familiarity, not the source, picked the winner.</summary>
    public bool DecidedByFamiliarity => IsCloseCall && Answers.Familiarity is not null;

    public int Margin => Math.Abs(DjangoMargin);

    /// <summary>
    /// The tie rule. Required answers carry odd margins and optional ones even margins, so a tie
    /// can only happen while a required answer is missing. Then Flask wins: the seed calls it the
    /// lighter way in that you expand as each feature becomes necessary.
    /// </summary>
    public static Framework WinnerOf(int djangoMargin) => djangoMargin > 0 ? Framework.Django : Framework.Flask;

    public static Framework Other(Framework framework) =>
        framework == Framework.Django ? Framework.Flask : Framework.Django;

    /// <summary>The verdict if <paramref name="option"/> were the answer to its question instead.</summary>
    public Verdict With(AnswerOption option) => new(questions, Answers.With(option));

    public IReadOnlyList<FrameworkScore> Scores() =>
        [.. Enum.GetValues<Framework>().Select(ScoreOf)];

    private FrameworkScore ScoreOf(Framework framework)
    {
        var breakdown = Selected.Select(s =>
        {
            var evidence = s.Evidence.Where(e => e.Framework == framework).ToArray();
            return new CriterionScore(
                s.Question.Id, s.Question.Criterion, evidence.Sum(e => e.Points), [.. evidence.Select(e => e.FactId)]);
        }).ToArray();
        return new FrameworkScore(framework, breakdown.Sum(c => c.Points), breakdown);
    }
}
