using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// A lexicon phrase found in a message: the answer it points to, where it is, whether the message
/// denies it, and whether it only hints at the answer (<see cref="Lexicon.Hints"/>: "internal" suggests
/// standard security but does not say so).
/// </summary>
internal sealed record Cue(Answer Answer, int Start, int Length, bool Negated, bool Hint = false)
{
    public Question Question => Answer.Question;

    public int End => Start + Length;
}
