namespace Advisor.Knowledge;

/// <summary>The user's answers so far; <c>null</c> means unanswered (and scores as neutral).</summary>
public sealed record ProjectAnswers(
    ProjectSize? Size,
    Timeline? Timeline,
    SecurityNeeds? Security,
    UseCase? UseCase,
    TeamExperience? Experience)
{
    /// <summary>
    /// A framework the team says it knows (issue 10 records it). It is not one of the questions and adds
    /// no points: it decides a close call, and the advice says so (issue 11).
    /// </summary>
    public Framework? Familiarity { get; init; }

    /// <summary>No answers yet.</summary>
    public static ProjectAnswers None { get; } = new(null, null, null, null, null);

    /// <summary>The answer given to <paramref name="question"/>, or <c>null</c> when unanswered.</summary>
    public Answer? Get(Question question) => question switch
    {
        Question.Size => Size is { } size ? size : null,
        Question.Timeline => Timeline is { } timeline ? timeline : null,
        Question.Security => Security is { } security ? security : null,
        Question.UseCase => UseCase is { } useCase ? useCase : null,
        Question.Experience => Experience is { } experience ? experience : null,
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, "Unknown question."),
    };

    /// <summary>A copy with the chosen option recorded as the answer to its question.</summary>
    public ProjectAnswers With(AnswerOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return With(option.Answer);
    }

    /// <summary>A copy with <paramref name="answer"/> recorded as the answer to its question.</summary>
    public ProjectAnswers With(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer switch
        {
            SizeAnswer a => this with { Size = a.Value },
            TimelineAnswer a => this with { Timeline = a.Value },
            SecurityAnswer a => this with { Security = a.Value },
            UseCaseAnswer a => this with { UseCase = a.Value },
            ExperienceAnswer a => this with { Experience = a.Value },
            _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "Unknown answer type."),
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
