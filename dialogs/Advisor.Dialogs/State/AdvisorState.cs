using System.Text.Json.Serialization;
using Advisor.Knowledge;

namespace Advisor.Dialogs.State;

/// <summary>
/// What the advisor remembers about one conversation, stored as one conversation-state property.
/// The answers live here rather than in a waterfall's values so that "back", "change an answer"
/// and "what if" can edit them and simply restart the interview, which asks only what is missing.
/// </summary>
public sealed class AdvisorState
{
    /// <summary>The stored shape; another version is reset rather than guessed at.</summary>
    public const int CurrentVersion = 1;

    public const string PropertyName = "Advisor";

    public int Version { get; set; } = CurrentVersion;

    /// <summary>True once the welcome was sent in this conversation (it is sent once).</summary>
    public bool Welcomed { get; set; }

    public ProjectSize? Size { get; set; }

    public Timeline? Timeline { get; set; }

    public SecurityNeeds? Security { get; set; }

    public UseCase? UseCase { get; set; }

    public TeamExperience? Experience { get; set; }

    /// <summary>The questions in the order they were answered; "back" re-asks the last one.</summary>
    public List<Question> AnsweredOrder { get; set; } = [];

    /// <summary>The id given to the last recommendation card; ids only grow.</summary>
    public int LastCardId { get; set; }

    /// <summary>The card whose buttons still act; 0 when none does (buttons of older cards are stale).</summary>
    public int ActiveCardId { get; set; }

    /// <summary>
    /// An answer set aside by "change an answer", with the card it stood on, until a new answer
    /// arrives or the change is called off ("never mind", "keep it as it was", a press on that card).
    /// </summary>
    public PendingChange? Pending { get; set; }

    [JsonIgnore]
    public ProjectAnswers Answers => new(Size, Timeline, Security, UseCase, Experience);

    public void Record(AnswerOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        SetAnswers(Answers.With(option));
        AnsweredOrder.Remove(option.Question);
        AnsweredOrder.Add(option.Question);
        // The change is done once its question is answered; any other new answer also outdates the card it came from.
        if (Pending is { } pending)
        {
            Pending = pending.Previous.Question == option.Question ? null : pending with { CardId = 0 };
        }
    }

    /// <summary>Forgets <paramref name="question"/>'s answer so it is asked again, remembering it in <see cref="Pending"/>.</summary>
    public void SetAside(Question question)
    {
        var previous = KnowledgeBase.Question(question).Selected(Answers);
        Pending = previous is null ? null : new PendingChange(AnswerResult.Of(previous), ActiveCardId);
        Forget(question);
    }

    /// <summary>Calls off a pending change: the set-aside answer and its card's buttons are back. Returns the answer, or null when none was pending.</summary>
    public AnswerOption? KeepSetAside()
    {
        var pending = Pending;
        Pending = null;
        if (pending?.Previous.ToOption() is not { } option)
        {
            return null;
        }

        Record(option);
        ActiveCardId = pending.CardId;
        return option;
    }

    /// <summary>Records every answer <paramref name="found"/> states; returns the questions whose answer changed.</summary>
    public IReadOnlyList<Question> Merge(ProjectAnswers found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var changed = new List<Question>();
        foreach (var question in KnowledgeBase.Questions)
        {
            if (found.Get(question.Id) is { } value && !value.Equals(Answers.Get(question.Id)))
            {
                Record(question.Option(value));
                changed.Add(question.Id);
            }
        }

        return changed;
    }

    public void Forget(Question question)
    {
        SetAnswers(Answers.Without(question));
        AnsweredOrder.Remove(question);
        ActiveCardId = 0;
    }

    public void ForgetAll()
    {
        SetAnswers(ProjectAnswers.None);
        AnsweredOrder.Clear();
        ActiveCardId = 0;
        Pending = null;
    }

    /// <summary>Gives a new card an id and makes it the only one whose buttons act.</summary>
    public int IssueCard() => ActiveCardId = ++LastCardId;

    private void SetAnswers(ProjectAnswers answers) =>
        (Size, Timeline, Security, UseCase, Experience) = (answers.Size, answers.Timeline, answers.Security, answers.UseCase, answers.Experience);
}

/// <summary>An answer "change an answer" set aside, and the card (0 for none) whose buttons it leaves inactive.</summary>
public sealed record PendingChange(AnswerResult Previous, int CardId);
