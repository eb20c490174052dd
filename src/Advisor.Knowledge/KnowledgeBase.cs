namespace Advisor.Knowledge;

/// <summary>The facts, the questions and their weights: everything the advisor knows.</summary>
public static class KnowledgeBase
{
    /// <summary>Bump when a fact, a weight or a rule changes, so stored recommendations can be told apart.</summary>
    public const string Version = "2.3.0";

    /// <summary>The seed file every fact quotes; the tests find it through <c>ADVISOR_SEED_PATH</c> (docs/architecture.md).</summary>
    public const string SeedFile = "000_b45cd394490b1813.txt";

    private static readonly Dictionary<string, Fact> FactsById = new(StringComparer.Ordinal);

    static KnowledgeBase()
    {
        foreach (var fact in Facts)
        {
            FactsById.Add(fact.Id, fact);
        }
    }

    public static IReadOnlyList<Fact> Facts { get; } = [.. DjangoFacts.All, .. FlaskFacts.All, .. UseCaseFacts.All];

    /// <summary>The questions in the order the bot asks them (required first).</summary>
    public static IReadOnlyList<QuestionDefinition> Questions { get; } =
    [
        SizeQuestion.Definition,
        TimelineQuestion.Definition,
        SecurityQuestion.Definition,
        UseCaseQuestion.Definition,
        ExperienceQuestion.Definition,
    ];

    public static Fact Fact(string id) =>
        FactsById.TryGetValue(id, out var fact) ? fact : throw new KeyNotFoundException($"No fact '{id}'.");

    public static QuestionDefinition Question(Question id)
    {
        for (var i = 0; i < Questions.Count; i++)
        {
            var question = Questions[i];
            if (question.Id == id)
            {
                return question;
            }
        }

        throw new InvalidOperationException($"No question {id}.");
    }

    /// <summary>The option for an answer: its question comes with it, so the pair cannot mismatch.</summary>
    public static AnswerOption Option(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Question(answer.Question).Option(answer);
    }

    public static string Label(ProjectSize value) => Question(Knowledge.Question.Size).Option(value).Label;

    public static string Label(Timeline value) => Question(Knowledge.Question.Timeline).Option(value).Label;

    public static string Label(SecurityNeeds value) => Question(Knowledge.Question.Security).Option(value).Label;

    public static string Label(UseCase value) => Question(Knowledge.Question.UseCase).Option(value).Label;

    public static string Label(TeamExperience value) => Question(Knowledge.Question.Experience).Option(value).Label;

    /// <summary>The answered questions as labels, e.g. "a small project, a few weeks, standard security".</summary>
    public static string Summary(ProjectAnswers answers) =>
        string.Join(", ", Questions.Select(q => q.Selected(answers)?.Label).OfType<string>());

    /// <summary>
    /// The answers that shape a verdict, as labels: like <see cref="Summary"/>, without "other" and
    /// "not sure" (they add nothing, and "for another kind of project" misquotes a user who said "not sure").
    /// </summary>
    public static string VerdictSummary(ProjectAnswers answers) =>
        string.Join(", ", Questions.Select(q => q.Selected(answers)).Where(o => o is { IsUnsure: false }).Select(o => o!.Label));

    /// <summary>The required questions still unanswered, in asking order.</summary>
    public static IReadOnlyList<Question> MissingRequired(ProjectAnswers answers) =>
        [.. Questions.Where(q => q.IsRequired && q.Selected(answers) is null).Select(q => q.Id)];
}
