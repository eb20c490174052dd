using System.Text.Json.Serialization;
using Advisor.Dialogs.Understanding;
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

    /// <summary>The user's words behind each answer read from free text ("6 devs"), for the echo and "what are my answers?".</summary>
    public Dictionary<Question, string> Words { get; set; } = [];

    /// <summary>Answers recorded from a hint only ("internal"): a plain statement or a button may replace them.</summary>
    public List<Question> Hinted { get; set; } = [];

    /// <summary>A framework the team said it knows, and the words it was read from.</summary>
    public Framework? Familiarity { get; set; }

    public string? FamiliarityWords { get; set; }

    /// <summary>Answers a "what if" previewed after the verdict, until the user switches to them or moves on.</summary>
    public List<AnswerResult>? Preview { get; set; }

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

    /// <summary>
    /// The answers the last change replaced ("actually it's 8 devs", a new answer after "change an answer", a
    /// switch to a what-if's answers), so "back" right after it undoes it; empty once anything else is recorded.
    /// </summary>
    public List<AnswerResult> Replaced { get; set; } = [];

    [JsonIgnore]
    public ProjectAnswers Answers => new(Size, Timeline, Security, UseCase, Experience) { Familiarity = Familiarity };

    public void Record(AnswerOption option) => Record(option, words: null, hint: false);

    /// <summary>Records an answer with the words it was read from (null for a button) and whether they only hinted at it.</summary>
    public void Record(AnswerOption option, string? words, bool hint)
    {
        ArgumentNullException.ThrowIfNull(option);
        var before = KnowledgeBase.Question(option.Question).Selected(Answers);
        var replaced = Pending is { } changing && changing.Previous.Question == option.Question ? changing.Previous
            : before is not null ? AnswerResult.Of(before, words: Words.GetValueOrDefault(option.Question))
            : null;
        Replaced = replaced is null || replaced.Value == option.Answer.Name ? [] : [replaced];
        SetAnswers(Answers.With(option));
        SetWords(option.Question, words);
        Hinted.Remove(option.Question);
        if (hint)
        {
            Hinted.Add(option.Question);
        }

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
        Pending = previous is null ? null : new PendingChange(AnswerResult.Of(previous, words: Words.GetValueOrDefault(question)), ActiveCardId);
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

        Record(option, pending.Previous.Words, hint: false);
        ActiveCardId = pending.CardId;
        return option;
    }

    /// <summary>"back" right after a change: puts back the answers it replaced. Returns them; empty when the last step changed nothing.</summary>
    public List<AnswerOption> UndoLastChange()
    {
        List<(AnswerOption Option, string? Words)> replaced = [.. Replaced.Select(r => (Option: r.ToOption()!, r.Words)).Where(r => r.Option is not null)];
        foreach (var (option, words) in replaced)
        {
            Record(option, words, hint: false);
        }

        Replaced = [];
        return [.. replaced.Select(r => r.Option)];
    }

    /// <summary>
    /// Records what a message states, one place for "an answer changed": a new answer is added; a plain
    /// statement that differs replaces the old answer; a hint never replaces an answer given plainly
    /// ("Personal data", then "an internal HR app" keeps personal data); a question never replaces an answer
    /// ("is Flask ok for a big team?" keeps a medium team). Returns what happened to each fact.
    /// </summary>
    public MergeResult Merge(IEnumerable<ReadFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var result = new MergeResult();
        List<AnswerResult> replaced = [];
        foreach (var fact in facts)
        {
            var option = KnowledgeBase.Option(fact.Answer);
            var before = KnowledgeBase.Question(fact.Question).Selected(Answers);
            if (before is null)
            {
                Record(option, fact.Words, fact.Hint);
                result.Added.Add((fact, option));
            }
            else if (before.Answer.Equals(fact.Answer))
            {
                if (!fact.Hint && !fact.Asked)
                {
                    SetWords(fact.Question, fact.Words); // "actually it's 8 devs" after "4 devs": the card quotes the newer words
                }

                result.Same.Add((fact, option));
            }
            else if (fact.Asked)
            {
                result.Asked.Add((fact, before)); // "is Flask ok for a big team?" asks; it does not say the team is big
            }
            else if (fact.Hint && !Hinted.Contains(fact.Question))
            {
                result.Kept.Add((fact, before));
            }
            else
            {
                replaced.Add(AnswerResult.Of(before, words: Words.GetValueOrDefault(fact.Question)));
                Record(option, fact.Words, fact.Hint);
                result.Changed.Add((fact, before, option));
            }
        }

        // One message may change several answers ("8 devs and a year"): "back" undoes them together.
        if (replaced.Count > 0)
        {
            Replaced = replaced;
        }

        return result;
    }

    /// <summary>"we don't know Django at all": forgets a familiarity read earlier.</summary>
    public void ForgetFamiliarity(Framework framework)
    {
        if (Familiarity == framework)
        {
            (Familiarity, FamiliarityWords) = (null, null);
        }
    }

    /// <summary>Remembers the framework the team knows, from the first time it is said.</summary>
    public void NoteFamiliarity(Framework framework, string? words) => (Familiarity, FamiliarityWords) = (framework, words);

    public void Forget(Question question)
    {
        SetAnswers(Answers.Without(question));
        Words.Remove(question);
        Hinted.Remove(question);
        AnsweredOrder.Remove(question);
        ActiveCardId = 0;
        Replaced = [];
    }

    public void ForgetAll()
    {
        SetAnswers(ProjectAnswers.None);
        Words.Clear();
        Hinted.Clear();
        (Familiarity, FamiliarityWords, Preview) = (null, null, null);
        AnsweredOrder.Clear();
        ActiveCardId = 0;
        Pending = null;
        Replaced = [];
    }

    /// <summary>Gives a new card an id and makes it the only one whose buttons act.</summary>
    public int IssueCard() => ActiveCardId = ++LastCardId;

    private void SetWords(Question question, string? words)
    {
        if (string.IsNullOrEmpty(words))
        {
            Words.Remove(question);
        }
        else
        {
            Words[question] = words;
        }
    }

    private void SetAnswers(ProjectAnswers answers) =>
        (Size, Timeline, Security, UseCase, Experience) = (answers.Size, answers.Timeline, answers.Security, answers.UseCase, answers.Experience);
}

/// <summary>An answer "change an answer" set aside, and the card (0 for none) whose buttons it leaves inactive.</summary>
public sealed record PendingChange(AnswerResult Previous, int CardId);
