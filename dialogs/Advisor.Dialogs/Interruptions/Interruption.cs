using Advisor.Dialogs.State;
using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;
using Bot.Dialogs;

namespace Advisor.Dialogs.Interruptions;

/// <summary>
/// What an interruption handler sees of the turn: the dialog context, the advisor's state, the
/// message's one reading, and where the conversation is (which question is open, if any).
/// </summary>
internal sealed record TurnView(DialogContext Dc, AdvisorState State, MessageReading Reading, Question? Asking, bool AtResult, bool Changing)
{
    public bool Interviewing => Asking is not null;
}

/// <summary>
/// One thing a user may say at any point ("help", "back", "actually it's 6 months"): a name for logs and
/// tests, a guard that only looks (no side effects), and the handling. The root dialog tries them in order.
/// </summary>
internal sealed record Interruption(string Name, Func<TurnView, bool> Applies, Func<TurnView, CancellationToken, Task<DialogTurnResult>> HandleAsync);
