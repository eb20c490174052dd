using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>A lexicon phrase found in a message: the answer it points to, where it is, and whether the message denies it.</summary>
internal sealed record Cue(Question Question, Enum Value, int Start, int Length, bool Negated)
{
    public int End => Start + Length;
}
