namespace Advisor.Knowledge;

/// <summary>One answer a user can give to a question, with the evidence it adds to each framework.</summary>
public sealed record AnswerOption
{
    internal AnswerOption(
        Answer answer, string label, IReadOnlyList<string> synonyms, IReadOnlyList<Evidence> evidence,
        bool isUnsure = false)
    {
        IsUnsure = isUnsure;
        Answer = answer;
        Label = label;
        Synonyms = synonyms;
        Evidence = evidence;
    }

    public Question Question => Answer.Question;

    /// <summary>The answer this option stands for (e.g. <see cref="Timeline.Weeks"/>).</summary>
    public Answer Answer { get; }

    /// <summary>The short phrase the bot echoes back, e.g. "a few weeks".</summary>
    public string Label { get; }

    /// <summary>A few words a user might type for this answer.</summary>
    public IReadOnlyList<string> Synonyms { get; }

    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>True for "other" and "not sure": answered, but scored as neutral.</summary>
    public bool IsUnsure { get; }

    /// <summary>Django's points minus Flask's points for this answer.</summary>
    public int DjangoMargin => Evidence.Sum(e => e.Framework == Framework.Django ? e.Points : -e.Points);
}
