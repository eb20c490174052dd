using Advisor.Knowledge;

namespace Advisor.Dialogs.State;

/// <summary>
/// What an answer prompt ends with: the question and the chosen answer's enum name.
/// <see cref="GaveUp"/> marks the "not sure" an optional question falls back to after its last attempt;
/// <see cref="Words"/> are the user's words when the answer was read from free text (null for a button).
/// </summary>
public sealed record AnswerResult(Question Question, string Value, bool GaveUp = false, string? Words = null)
{
    public static AnswerResult Of(AnswerOption option, bool gaveUp = false, string? words = null)
    {
        ArgumentNullException.ThrowIfNull(option);
        return new(option.Question, option.Answer.Name, gaveUp, words);
    }

    /// <summary>The knowledge model's option for this answer, or null when the name is unknown (e.g. from an older version).</summary>
    public AnswerOption? ToOption() =>
        KnowledgeBase.Question(Question).OptionNamed(Value);
}

/// <summary>
/// How the interview begins: <see cref="ReadMessage"/> reads the message that started it for project
/// facts; <see cref="AskFirst"/> asks that question before any other open one ("back", "change an answer").
/// </summary>
public sealed record InterviewOptions(bool ReadMessage, Question? AskFirst = null)
{
    public static InterviewOptions Resume { get; } = new(false);

    public static InterviewOptions Redo(Question question) => new(false, question);
}
