namespace Advisor.Knowledge;

/// <summary>The user's answers so far; <c>null</c> means unanswered (and scores as neutral).</summary>
public sealed record ProjectAnswers(
    ProjectSize? Size,
    Timeline? Timeline,
    SecurityNeeds? Security,
    UseCase? UseCase,
    TeamExperience? Experience)
{
    /// <summary>No answers yet.</summary>
    public static ProjectAnswers None { get; } = new(null, null, null, null, null);

    /// <summary>The answer given to <paramref name="question"/>, or <c>null</c> when unanswered.</summary>
    public Enum? Get(Question question) => question switch
    {
        Question.Size => Size,
        Question.Timeline => Timeline,
        Question.Security => Security,
        Question.UseCase => UseCase,
        Question.Experience => Experience,
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, "Unknown question."),
    };

    /// <summary>A copy with the chosen option recorded as the answer to its question.</summary>
    public ProjectAnswers With(AnswerOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return option.Question switch
        {
            Question.Size => this with { Size = (ProjectSize)option.Value },
            Question.Timeline => this with { Timeline = (Timeline)option.Value },
            Question.Security => this with { Security = (SecurityNeeds)option.Value },
            Question.UseCase => this with { UseCase = (UseCase)option.Value },
            Question.Experience => this with { Experience = (TeamExperience)option.Value },
            _ => throw new ArgumentOutOfRangeException(nameof(option), option.Question, "Unknown question."),
        };
    }

    /// <summary>A copy with <paramref name="question"/> unanswered.</summary>
    public ProjectAnswers Without(Question question) => question switch
    {
        Question.Size => this with { Size = null },
        Question.Timeline => this with { Timeline = null },
        Question.Security => this with { Security = null },
        Question.UseCase => this with { UseCase = null },
        Question.Experience => this with { Experience = null },
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, "Unknown question."),
    };
}
