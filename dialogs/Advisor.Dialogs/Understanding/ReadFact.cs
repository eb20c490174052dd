using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// One answer a message states, with the words it was read from ("6 devs", "about a year") so the bot
/// can echo what it understood, and whether those words only hint at it ("internal" for standard
/// security): a hint never replaces an answer the user gave plainly. <see cref="Asked"/> marks a fact read
/// from a question ("is Flask ok for a big team?"): it may fill an open answer, never replace one.
/// </summary>
public sealed record ReadFact(Answer Answer, string Words, bool Hint = false, bool Asked = false)
{
    public Question Question => Answer.Question;
}
